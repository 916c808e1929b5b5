package id.kinerjaflow.cycle;

import id.kinerjaflow.latar.LangkahLatar;
import id.kinerjaflow.web.NotFoundException;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One appraiser move ({@link PerpindahanPenilai}), in the background: the SKP's open tasks still assigned to the old
 * appraiser go to the new one, the old one loses their task authorizations, and the move counts the tasks it moved.
 * Camunda's history and operation log keep who held each task before. A retry finds only the tasks not yet moved.
 */
@Component
class AlihkanTugasPenilai implements LangkahLatar {
  static final String JENIS = "alihkan-tugas-penilai";

  private final PerpindahanPenilaiRepository perpindahanRepository;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  AlihkanTugasPenilai(PerpindahanPenilaiRepository perpindahanRepository, RuntimeService runtimeService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.perpindahanRepository = perpindahanRepository;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  @Override
  public String jenis() { return JENIS; }

  /** {@code sasaran}: the id of a PerpindahanPenilai. */
  @Override
  @Transactional
  public void kerjakan(long pekerjaanLatarId, String sasaran) {
    PerpindahanPenilai pindah = perpindahanRepository.findById(Long.valueOf(sasaran))
        .orElseThrow(() -> new NotFoundException("Perpindahan penilai " + sasaran + " tidak ditemukan"));
    String lama = pindah.getPenilaiLama().getNip();
    String[] proses = runtimeService.createProcessInstanceQuery().rootProcessInstanceId(pindah.getSkp().getProcessInstanceId()).list()
        .stream().map(ProcessInstance::getId).toArray(String[]::new);
    List<Task> tugas = proses.length == 0 ? List.of() : taskService.createTaskQuery().processInstanceIdIn(proses).taskAssignee(lama).list();
    for (Task t : tugas) {
      taskService.setAssignee(t.getId(), pindah.getPenilaiBaru().getNip());
      // The old appraiser no longer reads or works the task in Tasklist and the engine REST API.
      authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(t.getId()).userIdIn(lama).list()
          .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }
    pindah.tambahTugasDipindahkan(tugas.size());
  }
}
