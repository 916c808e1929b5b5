package id.kinerjaflow.tindaklanjut;

import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.predicate.LaporanPredikat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The year's reward and sanction lists (seed 004 point 1d, seed 000 point 9): for each active ASN, reward-sanction.dmn
 * decides on the facts gathered here, whether the SKP was set by the plan deadline and the final predicates of this year
 * and the last. Only final predicates count: an SKP's once made final ({@link EvaluasiAkhir#isFinal()}, after calibration),
 * a PMM import as imported; a rated predicate not yet final is left out and counted in {@code belumFinal}.
 */
@Service
@Transactional // not read-only: the engine writes each decision evaluation to its history
public class PenghargaanSanksi {
  public static final String DECISION = "reward-sanction";

  private final InstansiService instansiService;
  private final LaporanPredikat laporanPredikat;
  private final EvaluationService evaluation;
  private final PlanningService planning;
  private final DecisionService decisionService;

  PenghargaanSanksi(InstansiService instansiService, LaporanPredikat laporanPredikat, EvaluationService evaluation,
      PlanningService planning, DecisionService decisionService) {
    this.instansiService = instansiService;
    this.laporanPredikat = laporanPredikat;
    this.evaluation = evaluation;
    this.planning = planning;
    this.decisionService = decisionService;
  }

  /** The decision's inputs, named as in the table; null where unknown (no SKP; no final predicate). */
  record Fakta(Boolean rencanaTepatWaktu, String predikat, String predikatTahunLalu) {
    Map<String, Object> variabel() {
      Map<String, Object> v = new HashMap<>();
      v.put("rencanaTepatWaktu", rencanaTepatWaktu);
      v.put("predikat", predikat);
      v.put("predikatTahunLalu", predikatTahunLalu);
      return v;
    }
  }

  record Keputusan(DaftarTindakLanjut daftar, String keterangan) {}

  public record Baris(DaftarTindakLanjut daftar, String nip, String nama, String jabatan, String unitKerja, Predikat predikat,
      LaporanPredikat.Sumber sumber, Predikat predikatTahunLalu, Boolean skpTepatWaktu, String keterangan) {}

  /** {@code belumFinal}: ASN whose rated predicate of the year is not final yet, so not on the lists yet. */
  public record Laporan(String instansi, int tahun, int belumFinal, Map<DaftarTindakLanjut, Integer> jumlah, List<Baris> baris) {}

  /** {@code hanya}: one list, or null for every list. */
  public Laporan daftar(String kode, int tahun, DaftarTindakLanjut hanya) {
    Instansi instansi = instansiService.get(kode);
    Map<String, EvaluasiAkhir> akhirIni = akhir(instansi, tahun), akhirLalu = akhir(instansi, tahun - 1);
    Map<String, Predikat> lalu = new HashMap<>();
    laporanPredikat.predikat(kode, tahun - 1).forEach(b -> lalu.put(b.nip(), predikatFinal(b, akhirLalu)));
    Map<String, Skp> skp = planning.definitif(instansi, tahun).stream()
        .collect(Collectors.toMap(s -> s.getPegawai().getNip(), Function.identity()));
    Map<Fakta, List<Keputusan>> keputusan = new HashMap<>(); // a handful of distinct facts for a whole instansi
    List<Baris> baris = new ArrayList<>();
    int belumFinal = 0;
    for (LaporanPredikat.Baris b : laporanPredikat.predikat(kode, tahun)) {
      Predikat ini = predikatFinal(b, akhirIni);
      if (b.predikat() != null && ini == null) belumFinal++;
      Skp s = skp.get(b.nip());
      Boolean tepatWaktu = s == null ? null : !s.isTerlambat();
      Predikat tahunLalu = lalu.get(b.nip());
      Fakta fakta = new Fakta(tepatWaktu, ini == null ? null : ini.name(), tahunLalu == null ? null : tahunLalu.name());
      for (Keputusan k : keputusan.computeIfAbsent(fakta, this::putuskan)) {
        if (hanya != null && k.daftar() != hanya) continue;
        baris.add(new Baris(k.daftar(), b.nip(), b.nama(), b.jabatan(), b.unitKerja(), ini, ini == null ? null : b.sumber(), tahunLalu,
            tepatWaktu, k.keterangan()));
      }
    }
    baris.sort((x, y) -> x.daftar() != y.daftar() ? x.daftar().compareTo(y.daftar()) : x.nip().compareTo(y.nip()));
    Map<DaftarTindakLanjut, Integer> jumlah = new EnumMap<>(DaftarTindakLanjut.class);
    for (DaftarTindakLanjut d : DaftarTindakLanjut.values()) {
      if (hanya == null || d == hanya) jumlah.put(d, (int) baris.stream().filter(x -> x.daftar() == d).count());
    }
    return new Laporan(kode, tahun, belumFinal, jumlah, baris);
  }

  private List<Keputusan> putuskan(Fakta fakta) {
    return decisionService.evaluateDecisionByKey(DECISION).variables(fakta.variabel()).evaluate().getResultList().stream()
        .map(e -> new Keputusan(DaftarTindakLanjut.valueOf((String) e.get("daftar")), (String) e.get("keterangan"))).toList();
  }

  private Map<String, EvaluasiAkhir> akhir(Instansi instansi, int tahun) {
    return evaluation.akhirDinilai(instansi, tahun).stream().collect(Collectors.toMap(e -> e.getSkp().getPegawai().getNip(), Function.identity()));
  }

  /** A PMM import is final as imported; an SKP's predicate once made final. */
  private static Predikat predikatFinal(LaporanPredikat.Baris b, Map<String, EvaluasiAkhir> akhir) {
    if (b.sumber() == LaporanPredikat.Sumber.PMM) return b.predikat();
    EvaluasiAkhir e = akhir.get(b.nip());
    return e != null && e.isFinal() ? e.getPredikat() : null;
  }
}
