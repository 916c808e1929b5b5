package id.kinerjaflow.process;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A reminder: the process's open tasks get today's follow-up date, so they rise in Tasklist. Work that is done has
 * no open task, so it gets no reminder.
 */
@Component("remindOpenTasksDelegate")
class RemindOpenTasksDelegate implements JavaDelegate {
  private final TaskService taskService;

  RemindOpenTasksDelegate(TaskService taskService) { this.taskService = taskService; }

  @Override
  public void execute(DelegateExecution execution) {
    Date sekarang = ClockUtil.getCurrentTime();
    taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list().forEach(task -> {
      task.setFollowUpDate(sekarang);
      taskService.saveTask(task);
    });
  }
}
