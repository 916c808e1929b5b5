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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
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
  public enum Status { BERJALAN, SELESAI }

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

  PekerjaanLatarService(PekerjaanLatarRepository repository, List<LangkahLatar> langkah, RuntimeService runtimeService,
      ManagementService managementService, HistoryService historyService, AtasNamaPengguna atasNama, Clock jam) {
    this.repository = repository;
    this.langkah = langkah.stream().collect(Collectors.toMap(LangkahLatar::jenis, Function.identity()));
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.historyService = historyService;
    this.atasNama = atasNama;
    this.jam = jam;
  }

  /** Records the work and starts it; it runs once the caller's transaction commits. */
  public PekerjaanLatar mulai(String jenis, String instansi, String keterangan, List<String> sasaran, String oleh) {
    if (!langkah.containsKey(jenis)) throw new IllegalArgumentException("jenis pekerjaan latar tidak dikenal: " + jenis);
    PekerjaanLatar p = repository.save(new PekerjaanLatar(jenis, instansi, keterangan, sasaran.size(), oleh, jam.instant()));
    Map<String, Object> variabel = new HashMap<>();
    variabel.put(JENIS_PEKERJAAN, jenis);
    variabel.put(SASARAN, new ArrayList<>(sasaran));
    variabel.put(PEKERJAAN_LATAR_ID, p.getId());
    variabel.put(OLEH, oleh);
    variabel.put(Variables.INSTANSI, instansi); // its tenant: the instansi's admins see it in Cockpit
    p.dimulai(runtimeService.startProcessInstanceByKey(BackgroundWorkProcess.PROCESS_ID, "latar-" + p.getId(), variabel).getId());
    return p;
  }

  /** One target, in the job executor, on behalf of the user who asked. */
  public void kerjakan(String jenis, long pekerjaanLatarId, String sasaran, String oleh) {
    atasNama.sebagai(oleh, () -> langkah.get(jenis).kerjakan(pekerjaanLatarId, sasaran));
  }

  @Transactional(readOnly = true)
  public Kemajuan kemajuan(String instansi, long id) {
    return repository.findById(id).filter(p -> p.getInstansi().equals(instansi)).map(this::kemajuan)
        .orElseThrow(() -> new NotFoundException("Pekerjaan latar " + id + " tidak ditemukan di instansi " + instansi + "."));
  }

  @Transactional(readOnly = true)
  public List<Kemajuan> daftar(String instansi) {
    return repository.findByInstansiOrderByIdDesc(instansi).stream().map(this::kemajuan).toList();
  }

  /** Whether the work is still running (cheaper than its whole progress). */
  @Transactional(readOnly = true)
  public boolean berjalan(long id) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceId(repository.getReferenceById(id).getProcessInstanceId())
        .unfinished().count() > 0;
  }

  @Transactional(readOnly = true)
  public Kemajuan kemajuan(PekerjaanLatar p) {
    long selesai = historyService.createHistoricActivityInstanceQuery().processInstanceId(p.getProcessInstanceId())
        .activityId(TASK_DO_STEP).finished().count();
    List<Kegagalan> gagal = managementService.createJobQuery().processInstanceId(p.getProcessInstanceId()).withException()
        .list().stream().map(job -> new Kegagalan((String) runtimeService.getVariable(job.getExecutionId(), SASARAN_ID),
            job.getExceptionMessage(), job.getRetries())).toList();
    Date berakhir = historyService.createHistoricProcessInstanceQuery().processInstanceId(p.getProcessInstanceId()).singleResult()
        .getEndTime();
    return new Kemajuan(p.getId(), p.getJenis(), p.getKeterangan(), berakhir == null ? Status.BERJALAN : Status.SELESAI,
        p.getJumlah(), selesai, gagal, p.getOleh(), p.getDibuat(), berakhir == null ? null : berakhir.toInstant(),
        langkah.get(p.getJenis()).hasil(p.getId()));
  }
}
