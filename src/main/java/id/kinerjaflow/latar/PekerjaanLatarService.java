package id.kinerjaflow.latar;

import static id.kinerjaflow.process.BackgroundWorkProcess.*;

import id.kinerjaflow.process.AtasNamaPengguna;
import id.kinerjaflow.process.BackgroundWorkProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Background work: a user's request that touches many targets (every process a deadline change moves, later the
 * appraiser hand-offs of a mutasi or a Pemda-wide cycle start) records the work and starts {@code background-work}, then
 * answers. The job executor does one target per job (each retried on its own, the request's user named in Cockpit's
 * operation log); the progress (done, total, failed with reasons) is read from the engine.
 */
@Service
@Transactional
public class PekerjaanLatarService {
  /** SELESAI: every target is done or has spent its tries (those are listed under {@code gagal}, sisaPercobaan 0). */
  public enum Status { BERJALAN, SELESAI }

  /** Targets per page of a progress's {@code hasil} unless the request asks for another size. */
  public static final int UKURAN_HALAMAN = 100;

  /** A target whose job failed: the error, and how many tries are left (0: an incident waits in Cockpit). */
  public record Kegagalan(String sasaran, String alasan, int sisaPercobaan) {}

  public record Kemajuan(long id, String jenis, String keterangan, Status status, int jumlah, long selesai,
      List<Kegagalan> gagal, String oleh, Instant dibuat, Instant selesaiPada, Object hasil) {}

  private final PekerjaanLatarRepository repository;
  private final Map<String, LangkahLatar> langkah;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final HistoryService historyService;
  private final AtasNamaPengguna atasNama;
  private final Clock jam;
  private final int ukuranBagian;

  PekerjaanLatarService(PekerjaanLatarRepository repository, List<LangkahLatar> langkah, RuntimeService runtimeService,
      ManagementService managementService, HistoryService historyService, AtasNamaPengguna atasNama, Clock jam,
      @Value("${kinerja.latar.ukuran-bagian:50}") int ukuranBagian) {
    this.ukuranBagian = ukuranBagian;
    this.repository = repository;
    this.langkah = langkah.stream().collect(Collectors.toMap(LangkahLatar::jenis, Function.identity()));
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.atasNama = atasNama;
    this.jam = jam;
  }

  /**
   * Records the work and starts it; it runs once the caller's transaction commits. The targets are split into parts of at
   * most {@code kinerja.latar.ukuran-bagian} (50), one process instance each (business key {@code latar-{id}}): a part's jobs
   * are exclusive, so they run one after another, and the parts run side by side on the job executor's threads.
   */
  public PekerjaanLatar mulai(String jenis, String instansi, String keterangan, List<String> sasaran, String oleh) {
    if (!langkah.containsKey(jenis)) throw new IllegalArgumentException("jenis pekerjaan latar tidak dikenal: " + jenis);
    PekerjaanLatar p = repository.save(new PekerjaanLatar(jenis, instansi, keterangan, sasaran.size(), oleh, jam.instant()));
    for (int awal = 0; awal < Math.max(sasaran.size(), 1); awal += ukuranBagian) {
      Map<String, Object> variabel = new HashMap<>();
      variabel.put(JENIS_PEKERJAAN, jenis);
      variabel.put(SASARAN, new ArrayList<>(sasaran.subList(awal, Math.min(sasaran.size(), awal + ukuranBagian))));
      variabel.put(PEKERJAAN_LATAR_ID, p.getId());
      variabel.put(OLEH, oleh);
      variabel.put(Variables.INSTANSI, instansi); // its tenant: the instansi's admins see it in Cockpit
      String bagian = runtimeService.startProcessInstanceByKey(BackgroundWorkProcess.PROCESS_ID, kunci(p), variabel).getId();
      if (awal == 0) p.dimulai(bagian);
    }
    return p;
  }

  private static String kunci(PekerjaanLatar p) { return "latar-" + p.getId(); }

  /** The process instances of the work's parts. */
  private List<HistoricProcessInstance> bagian(PekerjaanLatar p) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BackgroundWorkProcess.PROCESS_ID)
        .processInstanceBusinessKey(kunci(p)).list();
  }

  /** One target, in the job executor, on behalf of the user who asked. */
  public void kerjakan(String jenis, long pekerjaanLatarId, String sasaran, String oleh) {
    atasNama.sebagai(oleh, () -> langkah.get(jenis).kerjakan(pekerjaanLatarId, sasaran));
  }

  /** The progress with the first page of what the work did per target (see {@link LangkahLatar#hasil}). */
  @Transactional(readOnly = true)
  public Kemajuan kemajuan(String instansi, long id) { return kemajuan(instansi, id, 0, UKURAN_HALAMAN); }

  /** The progress with the page {@code halaman} (from 0) of {@code ukuran} targets of what the work did. */
  @Transactional(readOnly = true)
  public Kemajuan kemajuan(String instansi, long id, int halaman, int ukuran) {
    return repository.findById(id).filter(p -> p.getInstansi().equals(instansi)).map(p -> kemajuan(p, halaman, ukuran))
        .orElseThrow(() -> new NotFoundException("Pekerjaan latar " + id + " tidak ditemukan di instansi " + instansi + "."));
  }

  /** Newest first, each with the counts of what it did (no detail: {@link #kemajuan(String, long, int, int)} pages it). */
  @Transactional(readOnly = true)
  public List<Kemajuan> daftar(String instansi) {
    return repository.findByInstansiOrderByIdDesc(instansi).stream().map(p -> kemajuan(p, 0, 0)).toList();
  }

  /**
   * Whether the work is still running: some target still has a job with tries left. A target whose tries are spent (an
   * incident) no longer keeps it running; it stays listed under {@code gagal} until a Camunda admin retries it.
   */
  @Transactional(readOnly = true)
  public boolean berjalan(long id) {
    Set<String> berjalan = bagianBerjalan(repository.getReferenceById(id));
    return !berjalan.isEmpty() && managementService.createJobQuery().processInstanceIds(berjalan).withRetriesLeft().count() > 0;
  }

  private Set<String> bagianBerjalan(PekerjaanLatar p) {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BackgroundWorkProcess.PROCESS_ID)
        .processInstanceBusinessKey(kunci(p)).unfinished().list().stream().map(HistoricProcessInstance::getId)
        .collect(Collectors.toSet());
  }

  @Transactional(readOnly = true)
  public Kemajuan kemajuan(PekerjaanLatar p) { return kemajuan(p, 0, UKURAN_HALAMAN); }

  /** A few queries however many parts: the parts, the targets done, the failing jobs, the jobs with tries left. */
  private Kemajuan kemajuan(PekerjaanLatar p, int halaman, int ukuran) {
    List<HistoricProcessInstance> bagian = bagian(p);
    Set<String> terbuka = bagian.stream().filter(b -> b.getEndTime() == null).map(HistoricProcessInstance::getId)
        .collect(Collectors.toSet());
    long selesai = historyService.createNativeHistoricActivityInstanceQuery()
        .sql("select count(*) from " + managementService.getTableName(HistoricActivityInstance.class) + " a join "
            + managementService.getTableName(HistoricProcessInstance.class) + " p on p.PROC_INST_ID_ = a.PROC_INST_ID_"
            + " where p.BUSINESS_KEY_ = #{kunci} and p.PROC_DEF_KEY_ = #{proses} and a.ACT_ID_ = #{langkah} and a.END_TIME_ is not null")
        .parameter("kunci", kunci(p)).parameter("proses", BackgroundWorkProcess.PROCESS_ID).parameter("langkah", TASK_DO_STEP)
        .count();
    List<Kegagalan> gagal = terbuka.isEmpty() ? List.of() : managementService.createJobQuery().processInstanceIds(terbuka)
        .withException().list().stream().map(job -> new Kegagalan((String) runtimeService.getVariable(job.getExecutionId(),
            SASARAN_ID), job.getExceptionMessage(), job.getRetries())).toList();
    boolean berjalan = !terbuka.isEmpty() && managementService.createJobQuery().processInstanceIds(terbuka).withRetriesLeft().count() > 0;
    Instant berakhir = null;
    if (!berjalan) { // the last part's end, or the last incident of a part that waits on one
      for (HistoricProcessInstance b : bagian) {
        Date akhir = b.getEndTime() != null ? b.getEndTime() : runtimeService.createIncidentQuery().processInstanceId(b.getId())
            .list().stream().map(Incident::getIncidentTimestamp).max(Date::compareTo).orElse(null);
        if (akhir != null && (berakhir == null || akhir.toInstant().isAfter(berakhir))) berakhir = akhir.toInstant();
      }
    }
    return new Kemajuan(p.getId(), p.getJenis(), p.getKeterangan(), berjalan ? Status.BERJALAN : Status.SELESAI,
        p.getJumlah(), selesai, gagal, p.getOleh(), p.getDibuat(), berakhir,
        langkah.get(p.getJenis()).hasil(p.getId(), halaman, ukuran));
  }
}
