package id.kinerjaflow.instansi;

import id.kinerjaflow.latar.LangkahLatar;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * After a deadline change, one running process takes its dates again from the models' expressions, which read the
 * calendar ({@link TenggatSkp}): the engine recalculates each timer ({@code recalculateJobDuedate}), and each open task
 * gets the due date its {@code camunda:dueDate} expression gives now (Camunda evaluates that only when the task is made).
 * Nothing is copied into the process: the BPMN stays the one source of its dates.
 */
@Component
class HitungUlangTenggat implements LangkahLatar {
  static final String JENIS = "hitung-ulang-tenggat";

  private final ManagementService managementService;
  private final TaskService taskService;
  private final ProcessEngineConfigurationImpl engine;

  HitungUlangTenggat(ManagementService managementService, TaskService taskService, ProcessEngineConfigurationImpl engine) {
    this.managementService = managementService;
    this.taskService = taskService;
    this.engine = engine;
  }

  @Override
  public String jenis() { return JENIS; }

  /** {@code sasaran}: a process instance id. */
  @Override
  public void kerjakan(long pekerjaanLatarId, String processInstanceId) {
    for (Job timer : managementService.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      managementService.recalculateJobDuedate(timer.getId(), false);
    }
    for (Task task : taskService.createTaskQuery().processInstanceId(processInstanceId).list()) {
      Date baru = tenggatDariModel(task.getId());
      if (baru != null && !baru.equals(task.getDueDate())) {
        task.setDueDate(baru);
        taskService.saveTask(task);
      }
    }
  }

  private Date tenggatDariModel(String taskId) {
    return engine.getCommandExecutorTxRequired().execute(perintah -> {
      TaskEntity task = perintah.getTaskManager().findTaskById(taskId);
      Expression tenggat = task.getTaskDefinition() == null ? null : task.getTaskDefinition().getDueDateExpression();
      return tenggat == null ? null : (Date) tenggat.getValue(task.getExecution());
    });
  }
}
