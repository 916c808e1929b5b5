package id.kinerjaflow.planning;

import id.kinerjaflow.process.Variables;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-planning; each one calls a single service method. */
@Configuration
class PlanningDelegates {

  @Bean
  JavaDelegate setSkpPlanDelegate(PlanningService planning) {
    return execution -> planning.tetapkan((Long) execution.getVariable(Variables.SKP_ID));
  }

  @Bean
  JavaDelegate recordPlanLateDelegate(PlanningService planning) {
    return execution -> planning.tandaiTerlambat((Long) execution.getVariable(Variables.SKP_ID));
  }

  /** Puts the employee's open planning task on follow-up now, so it rises in Tasklist. */
  @Bean
  JavaDelegate remindPlanDeadlineDelegate(TaskService taskService) {
    return execution -> {
      Date now = ClockUtil.getCurrentTime();
      taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskAssignee((String) execution.getVariable(Variables.NIP)).list()
          .forEach(task -> {
            task.setFollowUpDate(now);
            taskService.saveTask(task);
          });
    };
  }
}
