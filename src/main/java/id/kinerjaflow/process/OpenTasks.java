package id.kinerjaflow.process;

import id.kinerjaflow.web.Bentrok;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** Finds and completes the open user task of one SKP (business key NIP-year). */
@Component
public class OpenTasks {
  private final TaskService taskService;
  private final AtasNamaPengguna atasNama;

  OpenTasks(TaskService taskService, AtasNamaPengguna atasNama) {
    this.taskService = taskService;
    this.atasNama = atasNama;
  }

  public Optional<Task> find(String businessKey, String... taskDefinitionKeys) {
    return query(businessKey, taskDefinitionKeys).list().stream().findFirst();
  }

  public Optional<Task> findForPeriod(String businessKey, long periodeId, String taskDefinitionKey) {
    return query(businessKey, taskDefinitionKey).processVariableValueEquals(Variables.PERIODE_ID, periodeId)
        .list().stream().findFirst();
  }

  /**
   * The one sanctioned way to complete a user task (see {@link TaskCompletionGuard}), on behalf of the API user. When a
   * job (a deadline, another completion) ended the task after it was found, Camunda fails with "Cannot find task" or a
   * NullPointerException on the task's missing execution: that is a lost race ({@link Bentrok}).
   */
  public void complete(Task task, Map<String, Object> variables) {
    try {
      TaskCompletionGuard.melaluiFormulir(() -> atasNama.jalankan(() -> taskService.complete(task.getId(), variables)));
    } catch (NullValueException | NullPointerException e) {
      if (taskService.createTaskQuery().taskId(task.getId()).count() == 0) throw new Bentrok(e);
      throw e;
    }
  }

  private TaskQuery query(String businessKey, String... keys) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKeyIn(keys);
  }
}
