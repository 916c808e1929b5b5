package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.Predikat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.*;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The predicate distribution curve of {@code dmn/predicate-distribution.dmn}: for an organisation predicate, the constraints
 * (each rule one) on the share of employee predicates, counted together where a rule names several. Java only counts.
 */
@Component
public class KurvaDistribusi {
  public static final String DECISION = "predicate-distribution";

  private final DecisionService decisionService;

  KurvaDistribusi(DecisionService decisionService) { this.decisionService = decisionService; }

  /** One rule of the table: the share of {@code predikat} together is within [minPersen, maksPersen] and at least minOrang people. */
  public record Batasan(List<Predikat> predikat, Double minPersen, Double maksPersen, Integer minOrang, String keterangan) {
    long jumlah(Map<Predikat, Long> jumlah) { return predikat.stream().mapToLong(p -> jumlah.getOrDefault(p, 0L)).sum(); }

    /** Why the distribution breaks this rule ("Butuh Perbaikan: 1 dari 4 pegawai (25%), paling sedikit 60%"), or empty. */
    Optional<String> pelanggaran(Map<Predikat, Long> jumlah, long total) {
      long n = jumlah(jumlah);
      BigDecimal persen = persen(n, total);
      List<String> syarat = new ArrayList<>();
      if (minPersen != null && persen.doubleValue() < minPersen) syarat.add("paling sedikit " + teks(minPersen) + "%");
      if (maksPersen != null && persen.doubleValue() > maksPersen) syarat.add("paling banyak " + teks(maksPersen) + "%");
      if (minOrang != null && n < minOrang) syarat.add("paling sedikit " + minOrang + " orang");
      if (syarat.isEmpty()) return Optional.empty();
      return Optional.of(nama(predikat) + ": " + n + " dari " + total + " pegawai (" + persen.stripTrailingZeros().toPlainString()
          + "%), seharusnya " + String.join(" dan ", syarat) + " (" + keterangan + ")");
    }
  }

  public List<Batasan> untuk(PredikatOrganisasi predikatOrganisasi) {
    return dari(decisionService.evaluateDecisionByKey(DECISION).variables(Map.of("predikatOrganisasi", predikatOrganisasi.name()))
        .evaluate().getResultList());
  }

  /** The table's outputs, one constraint per matching rule. */
  static List<Batasan> dari(List<Map<String, Object>> hasil) {
    return hasil.stream()
        .map(r -> new Batasan(Arrays.stream(((String) r.get("predikatPegawai")).split(",")).map(String::trim).map(Predikat::valueOf).toList(),
            angka(r.get("minPersen")), angka(r.get("maksPersen")),
            r.get("minOrang") == null ? null : ((Number) r.get("minOrang")).intValue(), (String) r.get("keterangan")))
        .toList();
  }

  /** Every rule the distribution breaks, in table order; empty when it is within the curve. */
  public static List<String> pelanggaran(List<Batasan> kurva, Map<Predikat, Long> jumlah) {
    long total = jumlah.values().stream().mapToLong(Long::longValue).sum();
    return kurva.stream().flatMap(b -> b.pelanggaran(jumlah, total).stream()).toList();
  }

  /** The allowed range of one employee predicate: the rules that name it alone (0–100 when none does). */
  public static double[] rentang(List<Batasan> kurva, Predikat predikat) {
    double min = 0, maks = 100;
    for (Batasan b : kurva) {
      if (!b.predikat().equals(List.of(predikat))) continue;
      if (b.minPersen() != null) min = Math.max(min, b.minPersen());
      if (b.maksPersen() != null) maks = Math.min(maks, b.maksPersen());
    }
    return new double[] {min, maks};
  }

  public static BigDecimal persen(long n, long total) {
    return total == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
  }

  /** "Sangat Baik", "Butuh Perbaikan dan/atau Kurang". */
  public static String nama(List<Predikat> predikat) {
    return predikat.stream().map(KurvaDistribusi::nama).collect(Collectors.joining(" dan/atau "));
  }

  /** "Butuh Perbaikan", for an employee's or an organisation's predicate. */
  public static String nama(Enum<?> p) {
    return Arrays.stream(p.name().split("_")).map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining(" "));
  }

  private static Double angka(Object o) { return o == null ? null : ((Number) o).doubleValue(); }

  private static String teks(double d) { return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(); }
}
