package id.kinerjaflow.tpp;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly TPP basis of an instansi (README, "TPP"): for every ASN on an SKP of the year, the period that covers the
 * month, whether it was reported and rated on time, its predicate, the performance percentage from {@code tpp-performance},
 * the imported discipline and, where the preset has weights, the total. A view of facts: it writes only the decision's
 * history (engine history FULL), once per distinct set of facts, so the transaction is not read-only.
 */
@Service
@Transactional
public class DasarTpp {
  private static final BigDecimal SERATUS = BigDecimal.valueOf(100);

  private final InstansiService instansiService;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final KinerjaTpp kinerjaTpp;
  private final DisiplinBulananRepository disiplinRepository;
  private final TppProperties properties;
  private final Clock clock;

  DasarTpp(InstansiService instansiService, PlanningService planning, EvaluationService evaluation, KinerjaTpp kinerjaTpp,
      DisiplinBulananRepository disiplinRepository, TppProperties properties, Clock clock) {
    this.clock = clock;
    this.instansiService = instansiService;
    this.planning = planning;
    this.evaluation = evaluation;
    this.kinerjaTpp = kinerjaTpp;
    this.disiplinRepository = disiplinRepository;
    this.properties = properties;
  }

  /**
   * {@code sementara}: the covering period's deadline has not passed, so the month may still change. {@code bobot} null: the
   * preset has no weights, and rows have no total.
   */
  public record Laporan(String instansi, int tahun, int bulan, String preset, String periode, LocalDate batasLaporan, LocalDate batas,
      boolean sementara, TppProperties.Bobot bobot, List<Baris> baris) {}

  public record Baris(String nip, String nama, String jabatan, String unitKerja, String periode, StatusEvaluasi status,
      Instant dilaporkanPada, boolean dilaporkanTepatWaktu, Instant dinilaiPada, boolean dinilaiTepatWaktu, Predikat predikat,
      BigDecimal persenKinerja, String keteranganKinerja, BigDecimal persenDisiplin, BigDecimal persenTotal, boolean sementara) {}

  /** {@code unitBoleh}: the units whose employees the reader may see ({@code LingkupUnit}). */
  public Laporan bulan(String kodeInstansi, int tahun, int bulan, Set<Long> unitBoleh) {
    if (bulan < 1 || bulan > 12) throw new InvalidInputException("bulan", "bulan harus 1 sampai 12");
    Instansi instansi = instansiService.get(kodeInstansi);
    Kalender kalender = instansiService.kalender(instansi, tahun);
    YearMonth bulanIni = YearMonth.of(tahun, bulan);
    KalenderPeriode periode = kalender.getPeriode().stream()
        .filter(p -> !p.getMulai().isAfter(bulanIni.atDay(1)) && !p.getSelesai().isBefore(bulanIni.atEndOfMonth()))
        .findFirst().orElseThrow(() -> new NotFoundException("Kalender " + tahun + " instansi " + kodeInstansi
            + " tidak memiliki periode yang mencakup seluruh bulan " + bulanIni + "."));
    boolean terkunci = periode.tenggat().sudahLewat(clock);
    TppProperties.Bobot bobot = properties.bobot(kalender.getPreset());
    Map<Long, EvaluasiPeriodik> evaluasi = evaluation.untukPeriode(periode).stream()
        .collect(Collectors.toMap(e -> e.getSkp().getId(), Function.identity()));
    Map<Long, BigDecimal> disiplin = disiplinRepository.findBulan(instansi, tahun, bulan).stream()
        .collect(Collectors.toMap(d -> d.getPegawai().getId(), DisiplinBulanan::getPersen));
    String namaPeriode = periode.getNama() + " " + tahun;
    Map<KinerjaTpp.Fakta, KinerjaTpp.Hasil> keputusan = new HashMap<>(); // a handful of distinct facts for a whole instansi

    List<Baris> baris = planning.definitif(instansi, tahun).stream()
        .filter(s -> unitBoleh.contains(s.getJabatan().getUnit().getId()))
        .map(s -> baris(s, evaluasi.get(s.getId()), periode, namaPeriode, terkunci, kalender, bobot, disiplin.get(s.getPegawai().getId()),
            keputusan))
        .toList();
    return new Laporan(kodeInstansi, tahun, bulan, kalender.getPreset(), namaPeriode, periode.getBatasLaporan(), periode.getBatas(),
        !terkunci, bobot, baris);
  }

  private Baris baris(Skp skp, EvaluasiPeriodik ev, KalenderPeriode periode, String namaPeriode, boolean terkunci, Kalender kalender,
      TppProperties.Bobot bobot, BigDecimal disiplin, Map<KinerjaTpp.Fakta, KinerjaTpp.Hasil> keputusan) {
    Instant laporanDitutup = periode.tenggatLaporan().terkunciPada().toInstant(), dikunci = periode.tenggat().terkunciPada().toInstant();
    Instant dilaporkanPada = ev == null ? null : ev.getDilaporkanPada();
    Instant dinilaiPada = ev == null || ev.getStatus() != StatusEvaluasi.DINILAI ? null : ev.getDinilaiPada();
    boolean dilaporkan = dilaporkanPada != null && dilaporkanPada.isBefore(laporanDitutup);
    boolean dinilai = dinilaiPada != null && dinilaiPada.isBefore(dikunci);
    Predikat predikat = dinilai ? ev.getPredikat() : null;
    KinerjaTpp.Hasil kinerja = keputusan.computeIfAbsent(new KinerjaTpp.Fakta(kalender.getPreset(), kalender.getJenisPeriode().name(),
        skp.getStatus() == StatusSkp.DITETAPKAN && ev != null, dilaporkan, dinilai, terkunci, predikat == null ? null : predikat.name()),
        kinerjaTpp::untuk);
    return new Baris(skp.getPegawai().getNip(), skp.getPegawai().getNama(), skp.getJabatan().getNama(), skp.getJabatan().getUnit().getNama(),
        namaPeriode, ev == null ? null : ev.getStatus(), dilaporkanPada, dilaporkan, dinilaiPada, dinilai, predikat,
        kinerja.persen(), kinerja.keterangan(), disiplin, total(bobot, disiplin, kinerja.persen()), !terkunci);
  }

  /** The weighted sum of both parts; null without weights, discipline or a performance percentage. */
  static BigDecimal total(TppProperties.Bobot bobot, BigDecimal disiplin, BigDecimal kinerja) {
    if (bobot == null || disiplin == null || kinerja == null) return null;
    return disiplin.multiply(bobot.disiplin()).add(kinerja.multiply(bobot.kinerja())).divide(SERATUS, 2, RoundingMode.HALF_UP);
  }
}
