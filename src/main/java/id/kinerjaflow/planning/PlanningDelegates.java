package id.kinerjaflow.planning;

import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
}
