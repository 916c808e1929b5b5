package id.kinerjaflow.pembinaan;

import static id.kinerjaflow.process.PerformanceCoachingProcess.*;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.instansi.TenggatSkp;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coaching and counselling after a periodic predicate below expectations (seed 004 point 6), and their report. */
@Service("pembinaanKinerja")
@Transactional
public class PembinaanService {
  static final int MAKS_TEKS = 4000;

  private final PembinaanKinerjaRepository repository;
  private final EvaluationService evaluation;
  private final PlanningService planning;
  private final InstansiService instansiService;
  private final OpenTasks openTasks;
  private final RuntimeService runtimeService;
  private final Clock jam;

  PembinaanService(PembinaanKinerjaRepository repository, EvaluationService evaluation, PlanningService planning,
      InstansiService instansiService, OpenTasks openTasks, RuntimeService runtimeService, Clock jam) {
    this.repository = repository;
    this.evaluation = evaluation;
    this.planning = planning;
    this.instansiService = instansiService;
    this.openTasks = openTasks;
    this.runtimeService = runtimeService;
    this.jam = jam;
  }

  /**
   * The input {@code predikatSebelumnya} of performance-follow-up (BusinessRuleTask_DetermineFollowUp): the predicate of
   * the SKP's previous period, null for its first period or a previous period that was not rated.
   */
  @Transactional(readOnly = true)
  public String predikatSebelumnya(long periodeId) {
    EvaluasiPeriodik ev = evaluation.evaluasiPeriodik(periodeId);
    int urutan = ev.getPeriode().getUrutan();
    if (urutan == 1) return null;
    Predikat p = evaluation.periode(ev.getSkp().getId(), urutan - 1).getPredikat();
    return p == null ? null : p.name();
  }

  /**
   * Opens the coaching or counselling the decision asked for and starts performance-coaching, in the cycle's tenant and
   * with its business key, so the periodic evaluation ends and the next period is not held up.
   */
  public long mulai(long periodeId, String tindakLanjut, String predikatSebelumnya, String instansi, String businessKey,
      Map<String, Object> variabelSiklus) {
    EvaluasiPeriodik ev = evaluation.evaluasiPeriodik(periodeId);
    PembinaanKinerja p = repository.save(new PembinaanKinerja(ev, JenisPembinaan.valueOf(tindakLanjut),
        predikatSebelumnya == null ? null : Predikat.valueOf(predikatSebelumnya), jam.instant()));
    Map<String, Object> variabel = new HashMap<>(variabelSiklus);
    variabel.put(Variables.INSTANSI, instansi);
    variabel.put(Variables.PERIODE_ID, periodeId);
    variabel.put(PEMBINAAN_ID, p.getId());
    variabel.put("tindakLanjut", tindakLanjut);
    runtimeService.createMessageCorrelation(MESSAGE_COACHING_REQUESTED).processInstanceBusinessKey(businessKey)
        .setVariables(variabel).correlateStartMessage();
    return p.getId();
  }

  public record PembinaanInput(LocalDate tanggal, String pembahasan, String tindakan) {}

  /** The appraiser records the coaching (date, discussion, agreed actions); its task completes in the same transaction. */
  public PembinaanKinerja catat(long id, String pelaku, PembinaanInput input) {
    PembinaanKinerja p = get(id);
    Skp skp = planning.kunci(p.getSkp().getId());
    skp.pastikanPenilai(pelaku);
    if (p.getStatus() == StatusPembinaan.SELESAI) {
      throw new ConflictException(p.namaJenis() + " " + skp.getPegawai().getNama() + " periode " + p.getEvaluasi().namaLengkap()
          + " sudah dicatat pada " + Tenggat.format(p.getTanggal()) + ".");
    }
    Map<String, String> galat = new LinkedHashMap<>();
    LocalDate dibuka = LocalDate.ofInstant(p.getDibukaPada(), zona(p)), hariIni = LocalDate.now(jam.withZone(zona(p)));
    if (input == null || input.tanggal() == null) {
      galat.put("tanggal", "isi tanggal pelaksanaan (YYYY-MM-DD)");
    } else if (input.tanggal().isBefore(dibuka)) {
      galat.put("tanggal", "tanggal tidak boleh sebelum predikat periode ditetapkan (" + Tenggat.format(dibuka) + ")");
    } else if (input.tanggal().isAfter(hariIni)) {
      galat.put("tanggal", "tanggal tidak boleh sesudah hari ini (" + Tenggat.format(hariIni) + ")");
    }
    teks(galat, "pembahasan", input == null ? null : input.pembahasan(), "isi hal yang dibahas");
    teks(galat, "tindakan", input == null ? null : input.tindakan(), "isi tindak lanjut yang disepakati");
    if (!galat.isEmpty()) throw new InvalidInputException(galat);
    Task task = openTasks.findForPeriod(skp.businessKey(), p.getEvaluasi().getId(), TASK_COACH)
        .or(() -> openTasks.findForPeriod(skp.businessKey(), p.getEvaluasi().getId(), TASK_COUNSEL))
        .orElseThrow(() -> new ConflictException(p.namaJenis() + " ini tidak sedang menunggu dicatat."));
    p.catat(input.tanggal(), input.pembahasan().strip(), input.tindakan().strip(), pelaku, jam.instant());
    openTasks.complete(task, Map.of());
    return p;
  }

  private static void teks(Map<String, String> galat, String field, String nilai, String kosong) {
    if (nilai == null || nilai.isBlank()) galat.put(field, kosong);
    else if (nilai.strip().length() > MAKS_TEKS) galat.put(field, "paling banyak " + MAKS_TEKS + " karakter");
  }

  @Transactional(readOnly = true)
  public PembinaanKinerja get(long id) {
    return repository.findById(id).orElseThrow(() -> new NotFoundException("Pembinaan kinerja " + id + " tidak ditemukan."));
  }

  /** The SKP's coaching and counselling so far, earliest period first. */
  @Transactional(readOnly = true)
  public List<PembinaanKinerja> untukSkp(Skp skp) { return repository.findBySkp(skp); }

  /** The day it is due: the next period's deadline (the final deadline after the last period). */
  static LocalDate batas(PembinaanKinerja p) { return TenggatSkp.tenggatSesudah(p.getEvaluasi().getPeriode()).batas(); }

  public record BarisLaporan(int urutanPeriode, String periode, String nip, String nama, String jabatan, String unitKerja,
      String penilaiNip, String penilaiNama, JenisPembinaan jenis, Predikat predikat, Predikat predikatSebelumnya,
      StatusPembinaan status, LocalDate batas, LocalDate tanggal, String pembahasan, String tindakan, String dicatatOleh,
      Predikat predikatPeriodeBerikutnya) {}

  public record PeriodeLaporan(int urutan, String nama, int jumlahBimbingan, int jumlahKonseling, List<BarisLaporan> pembinaan) {}

  public record Laporan(String instansi, int tahun, List<PeriodeLaporan> periode) {}

  /**
   * The instansi's report to the Bupati through the Sekda (seed 004 point 6): each period of the calendar with every
   * coaching and counselling in the reader's units, its outcome (recorded actions, and the next period's predicate once rated).
   */
  @Transactional(readOnly = true)
  public Laporan laporan(Instansi instansi, int tahun, Set<Long> unitBoleh) {
    var kalender = instansiService.kalender(instansi.getKode(), tahun);
    List<BarisLaporan> semua = repository.findTahun(instansi, tahun).stream()
        .filter(p -> unitBoleh.contains(p.getSkp().getJabatan().getUnit().getId())).map(this::baris).toList();
    List<PeriodeLaporan> periode = kalender.getPeriode().stream().map(kp -> {
      List<BarisLaporan> ini = semua.stream().filter(b -> b.urutanPeriode() == kp.getUrutan()).toList();
      return new PeriodeLaporan(kp.getUrutan(), kp.getNama() + " " + tahun, jumlah(ini, JenisPembinaan.BIMBINGAN),
          jumlah(ini, JenisPembinaan.KONSELING), ini);
    }).toList();
    return new Laporan(instansi.getKode(), tahun, periode);
  }

  private static int jumlah(List<BarisLaporan> baris, JenisPembinaan jenis) {
    return (int) baris.stream().filter(b -> b.jenis() == jenis).count();
  }

  private BarisLaporan baris(PembinaanKinerja p) {
    Skp skp = p.getSkp();
    int urutan = p.getEvaluasi().getPeriode().getUrutan();
    Predikat berikutnya = evaluation.semuaPeriode(skp).stream().filter(e -> e.getPeriode().getUrutan() == urutan + 1)
        .findFirst().map(EvaluasiPeriodik::getPredikat).orElse(null);
    return new BarisLaporan(urutan, p.getEvaluasi().namaLengkap(), skp.getPegawai().getNip(), skp.namaPemegang(),
        skp.getJabatan().getNama(), skp.getJabatan().getUnit().getNama(), skp.getPenilai() == null ? null : skp.getPenilai().getNip(),
        skp.getPenilai() == null ? null : skp.getPenilai().getNama(), p.getJenis(), p.getPredikat(), p.getPredikatSebelumnya(),
        p.getStatus(), batas(p), p.getTanggal(), p.getPembahasan(), p.getTindakan(), p.getDicatatOleh(), berikutnya);
  }

  private static ZoneId zona(PembinaanKinerja p) { return p.getSkp().getPegawai().getInstansi().zona(); }
}
