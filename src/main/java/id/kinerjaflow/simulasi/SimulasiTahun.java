package id.kinerjaflow.simulasi;

import static id.kinerjaflow.process.Variables.KALENDER_PERIODE_ID;

import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.LaporanInput;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.JadwalTenggat;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.instansi.PresetCatalog;
import id.kinerjaflow.instansi.Tenggat;
import id.kinerjaflow.organization.JenisAsn;
import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.JenisRhk;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.RencanaInput;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.planning.VerifikasiInput;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replays a calendar year on the process engine, on a throwaway instansi with the preset: an appraiser and two
 * employees, and the engine clock moved from each due timer to the next. Pegawai A has the plan approved on 1 January
 * and then does nothing, so each period locks at its report deadline and the final at its own. Pegawai B submits the
 * plan, which the appraiser approves only once the plan deadline has recorded it late; B then reports each period a
 * minute before the report deadline and is never rated, so each period locks at its rating deadline. Each row of
 * {@link JadwalTenggat} is matched with the instant the engine recorded in its history. It sets the engine clock
 * ({@code ClockUtil}), which the application's {@link Clock} reads, and resets it when done.
 *
 * <p>It moves the JVM-wide engine clock and writes a throwaway instansi, so it refuses to run on anything but an
 * in-memory H2 database: the {@code simulasi} command's own (SimulasiCommand) or a test's.
 */
@Service
public class SimulasiTahun {
  private static final int MAKS_LANGKAH = 10_000;
  private static final long SEMENIT = 60_000;

  /** A row of the table and what the engine did there: when it happened (null: never) and what. */
  public record Hasil(JadwalTenggat.Baris baris, OffsetDateTime teramati, String keadaan) {
    public boolean sesuai() { return teramati != null && teramati.toInstant().equals(baris.terkunciPada().toInstant()); }
  }

  private record Peserta(String nip, long skpId, String businessKey) {}

  private final InstansiService instansi;
  private final PresetCatalog presets;
  private final OrganizationService organization;
  private final CycleService cycles;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final OpenTasks openTasks;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final TransactionTemplate transaksi;
  private final String databaseUrl;
  private final Clock jam;

  SimulasiTahun(InstansiService instansi, PresetCatalog presets, OrganizationService organization, CycleService cycles,
      PlanningService planning, EvaluationService evaluation, OpenTasks openTasks, RuntimeService runtimeService,
      ManagementService managementService, HistoryService historyService, PlatformTransactionManager transactionManager,
      @Value("${spring.datasource.url}") String databaseUrl, Clock jam) {
    this.jam = jam;
    this.instansi = instansi;
    this.presets = presets;
    this.organization = organization;
    this.cycles = cycles;
    this.planning = planning;
    this.evaluation = evaluation;
    this.openTasks = openTasks;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.transaksi = new TransactionTemplate(transactionManager);
    this.databaseUrl = databaseUrl;
  }

  public List<Hasil> jalankan(String presetKode, int tahun, ZoneId zona) {
    presets.get(presetKode); // an unknown preset or a bad year is refused before anything is written
    if (tahun < 2022 || tahun > 2100) throw new InvalidInputException("tahun", "tahun antara 2022 dan 2100");
    if (!databaseUrl.startsWith("jdbc:h2:mem:")) {
      throw new IllegalStateException("Simulasi hanya berjalan pada basis data H2 dalam memori, bukan " + databaseUrl);
    }
    try {
      ClockUtil.setCurrentTime(Tenggat.awalHari(LocalDate.of(tahun, 1, 1), zona));
      List<String> nip = transaksi.execute(tx -> organisasi(presetKode, tahun, zona));
      String penilai = nip.get(0);
      Peserta a = mulai(nip.get(1), tahun);
      Peserta b = mulai(nip.get(2), tahun);
      jalankanJatuhTempo(List.of(a, b));
      setujui(a, penilai);
      Kalender kalender = transaksi.execute(tx -> {
        Kalender k = planning.get(a.skpId()).getKalender();
        k.getPeriode().size();
        return k;
      });
      Map<Long, Integer> urutan = kalender.getPeriode().stream()
          .collect(Collectors.toMap(KalenderPeriode::getId, KalenderPeriode::getUrutan));

      majukanJam(List.of(a, b), b, penilai, urutan);

      Date rencanaTerlambat = sampai(b, SkpPlanningProcess.PROCESS_ID, SkpPlanningProcess.END_MARKED_LATE).values().stream()
          .findFirst().orElse(null);
      Map<Integer, Date> tanpaLaporan = periodeTerkunci(a, urutan);
      Map<Integer, Date> tanpaPenilaian = periodeTerkunci(b, urutan);
      Date akhirTerkunci = sampai(a, SkpFinalEvaluationProcess.PROCESS_ID, SkpFinalEvaluationProcess.END_LOCKED).values()
          .stream().findFirst().orElse(null);
      return JadwalTenggat.dari(kalender).stream().map(baris -> switch (baris.tahap()) {
        case RENCANA -> hasil(baris, rencanaTerlambat, "tercatat terlambat", zona);
        case LAPORAN, LAPORAN_DAN_PENILAIAN -> hasil(baris, tanpaLaporan.get(baris.periode()), "terkunci, belum dilaporkan", zona);
        case PENILAIAN -> hasil(baris, tanpaPenilaian.get(baris.periode()), "terkunci, belum dinilai", zona);
        case AKHIR -> hasil(baris, akhirTerkunci, "terkunci", zona);
      }).toList();
    } finally {
      ClockUtil.reset();
    }
  }

  /** The throwaway instansi on the preset: a Bidang whose head appraises two Pelaksana. Returns the NIPs, head first. */
  private List<String> organisasi(String preset, int tahun, ZoneId zona) {
    String kode = "simulasi-" + UUID.randomUUID().toString().substring(0, 8);
    Instansi i = instansi.buat(kode, "Simulasi " + preset, zona);
    instansi.pasangKalender(kode, preset, tahun);
    UnitKerja bidang = organization.tambahUnit(i, null, "bidang", "Bidang Simulasi", JenisUnit.DINAS);
    String awalan = String.format("19900101%06d000", i.getId());
    organization.tambahPegawai(awalan + 1, "Penilai Simulasi", JenisAsn.PNS, bidang, "Kepala Bidang", KelasJabatan.ADMINISTRATOR, true);
    organization.tambahPegawai(awalan + 2, "Pegawai A (tidak melapor)", JenisAsn.PNS, bidang, "Pelaksana", KelasJabatan.PELAKSANA, false);
    organization.tambahPegawai(awalan + 3, "Pegawai B (melapor, tidak dinilai)", JenisAsn.PNS, bidang, "Pelaksana",
        KelasJabatan.PELAKSANA, false);
    return List.of(awalan + 1, awalan + 2, awalan + 3);
  }

  /** The appraiser approves the plan, and BKPSDM accepts its targets where the calendar asks for verification. */
  private void setujui(Peserta p, String penilai) {
    if (planning.tinjau(p.skpId(), penilai, new TinjauanInput(true, null, null)).getKalender().isVerifikasiTarget()) {
      planning.verifikasi(p.skpId(), true, new VerifikasiInput(true, null));
    }
  }

  /** Starts the employee's cycle and submits a one-RHK plan. */
  private Peserta mulai(String nip, int tahun) {
    CycleService.Siklus siklus = cycles.mulai(nip, tahun);
    planning.ubahRencana(siklus.skpId(), nip, new RencanaInput(List.of(new RencanaInput.RhkInput(null,
        "Terselenggaranya layanan administrasi bidang", JenisRhk.UTAMA, null, List.of(new RencanaInput.IndikatorInput(
            "Jumlah layanan yang diselesaikan", new BigDecimal("12"), "layanan", new BigDecimal("100"), 12)))), null, null));
    planning.ajukan(siklus.skpId(), nip);
    return new Peserta(nip, siklus.skpId(), planning.get(siklus.skpId()).businessKey());
  }

  /**
   * Fires every due timer; otherwise does B's open task when its time has come: the plan review once its due date (the
   * plan deadline) has passed, a report a minute before its due date (the report deadline). Otherwise moves the clock to
   * the next of these. Ends when nothing is left to wait for.
   */
  private void majukanJam(List<Peserta> semua, Peserta b, String penilai, Map<Long, Integer> urutan) {
    for (int langkah = 0; langkah < MAKS_LANGKAH; langkah++) {
      Date sekarang = Date.from(jam.instant());
      List<Job> jobs = jobs(semua);
      Optional<Job> jatuhTempo = jobs.stream().filter(j -> sudahJatuhTempo(j, sekarang)).findFirst();
      if (jatuhTempo.isPresent()) {
        managementService.executeJob(jatuhTempo.get().getId());
        continue;
      }
      Optional<Task> tugas = openTasks.find(b.businessKey(), SkpPlanningProcess.TASK_REVIEW, SkpPeriodicEvaluationProcess.TASK_REPORT);
      boolean tinjauan = tugas.isPresent() && tugas.get().getTaskDefinitionKey().equals(SkpPlanningProcess.TASK_REVIEW);
      Optional<Date> waktuTugas = tugas.map(t -> tinjauan ? t.getDueDate() : new Date(t.getDueDate().getTime() - SEMENIT));
      if (waktuTugas.isPresent() && !waktuTugas.get().after(sekarang)) {
        if (tinjauan) setujui(b, penilai);
        else lapor(b, urutan.get((Long) runtimeService.getVariable(tugas.get().getProcessInstanceId(), KALENDER_PERIODE_ID)));
        continue;
      }
      Optional<Date> berikut = Stream.concat(jobs.stream().map(Job::getDuedate), waktuTugas.stream())
          .min(Comparator.naturalOrder());
      if (berikut.isEmpty()) return;
      ClockUtil.setCurrentTime(berikut.get());
    }
    throw new IllegalStateException("Simulasi tidak selesai setelah " + MAKS_LANGKAH + " langkah.");
  }

  /** Runs the due jobs, the continuations after a transaction boundary (no due date) included, until none is left. */
  private void jalankanJatuhTempo(List<Peserta> semua) {
    for (int langkah = 0; langkah < MAKS_LANGKAH; langkah++) {
      Date sekarang = Date.from(jam.instant());
      Optional<Job> jatuhTempo = jobs(semua).stream().filter(j -> sudahJatuhTempo(j, sekarang)).findFirst();
      if (jatuhTempo.isEmpty()) return;
      managementService.executeJob(jatuhTempo.get().getId());
    }
  }

  private List<Job> jobs(List<Peserta> semua) {
    return semua.stream().flatMap(p -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(p.businessKey()).list().stream())
        .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).list().stream()).toList();
  }

  private static boolean sudahJatuhTempo(Job job, Date sekarang) { return job.getDuedate() == null || !job.getDuedate().after(sekarang); }

  private void lapor(Peserta p, int urutan) {
    List<Long> indikator = transaksi.execute(tx -> planning.get(p.skpId()).getRhk().stream()
        .flatMap(r -> r.getIndikator().stream()).map(i -> i.getId()).toList());
    evaluation.lapor(p.skpId(), urutan, p.nip(), new LaporanInput("Melaksanakan layanan sesuai rencana",
        indikator.stream().map(id -> new LaporanInput.RealisasiInput(id, "Tercapai")).toList()));
  }

  /** When each of the employee's periods ended locked, by the calendar period's urutan. */
  private Map<Integer, Date> periodeTerkunci(Peserta p, Map<Long, Integer> urutan) {
    Map<Integer, Date> hasil = new HashMap<>();
    sampai(p, SkpPeriodicEvaluationProcess.PROCESS_ID, SkpPeriodicEvaluationProcess.END_LOCKED).forEach((pi, waktu) -> {
      Object periode = historyService.createHistoricVariableInstanceQuery().processInstanceId(pi)
          .variableName(KALENDER_PERIODE_ID).singleResult().getValue();
      hasil.put(urutan.get((Long) periode), waktu);
    });
    return hasil;
  }

  /** When each of the employee's processes of this kind reached the end event (engine history), by process instance. */
  private Map<String, Date> sampai(Peserta p, String proses, String akhir) {
    Map<String, Date> hasil = new HashMap<>();
    historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(p.businessKey())
        .processDefinitionKey(proses).list().forEach(pi -> historyService.createHistoricActivityInstanceQuery()
            .processInstanceId(pi.getId()).activityId(akhir).list().forEach(a -> hasil.put(pi.getId(), a.getStartTime())));
    return hasil;
  }

  private static Hasil hasil(JadwalTenggat.Baris baris, Date waktu, String keadaan, ZoneId zona) {
    return waktu == null ? new Hasil(baris, null, "tidak terjadi")
        : new Hasil(baris, waktu.toInstant().atZone(zona).toOffsetDateTime(), keadaan);
  }
}
