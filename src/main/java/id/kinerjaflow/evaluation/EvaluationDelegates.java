package id.kinerjaflow.evaluation;

import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-periodic-evaluation and skp-final-evaluation; each calls one service method. */
@Configuration
class EvaluationDelegates {

  /** The period's name for the task names, and its calendar period, whose dates the timers read ({@code tenggatSkp}). */
  @Bean
  JavaDelegate openPeriodDelegate(EvaluationService evaluation) {
    return execution -> {
      EvaluationService.JadwalPeriode jadwal = evaluation.bukaPeriode(periodeId(execution));
      execution.setVariable(Variables.PERIODE_NAMA, jadwal.nama());
      execution.setVariable(Variables.KALENDER_PERIODE_ID, jadwal.kalenderPeriodeId());
    };
  }

  @Bean
  JavaDelegate lockPeriodDelegate(EvaluationService evaluation) {
    return execution -> evaluation.kunciPeriode(periodeId(execution));
  }

  @Bean
  JavaDelegate recordPeriodPredicateDelegate(EvaluationService evaluation) {
    return execution -> evaluation.simpanPredikatPeriode(periodeId(execution),
        execution.getVariable(Variables.RATING_HASIL_KERJA), execution.getVariable(Variables.RATING_PERILAKU), (String) execution.getVariable(Variables.PREDIKAT));
  }

  /** The final evaluation's name for the task; its dates the timers read ({@code tenggatSkp}). */
  @Bean
  JavaDelegate openFinalEvaluationDelegate(EvaluationService evaluation) {
    return execution -> execution.setVariable(Variables.PERIODE_NAMA, evaluation.bukaEvaluasiAkhir(skpId(execution)));
  }

  @Bean
  JavaDelegate lockFinalEvaluationDelegate(EvaluationService evaluation) {
    return execution -> evaluation.kunciEvaluasiAkhir(skpId(execution));
  }

  @Bean
  JavaDelegate recordFinalPredicateDelegate(EvaluationService evaluation) {
    return execution -> evaluation.simpanPredikatAkhir(skpId(execution),
        execution.getVariable(Variables.RATING_HASIL_KERJA), execution.getVariable(Variables.RATING_PERILAKU), (String) execution.getVariable(Variables.PREDIKAT));
  }

  private static long periodeId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Variables.PERIODE_ID)).longValue();
  }

  private static long skpId(DelegateExecution execution) {
    return ((Number) execution.getVariable(Variables.SKP_ID)).longValue();
  }
}
