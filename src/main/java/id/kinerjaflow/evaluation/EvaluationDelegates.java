package id.kinerjaflow.evaluation;

import id.kinerjaflow.process.Pengingat;
import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-periodic-evaluation and skp-final-evaluation; each calls one service method. */
@Configuration
class EvaluationDelegates {

  /** Reads the period's name and dates from the calendar for the task names, the timers and the reminders. */
  @Bean
  JavaDelegate openPeriodDelegate(EvaluationService evaluation, Pengingat pengingat) {
    return execution -> {
      EvaluationService.JadwalPeriode jadwal = evaluation.bukaPeriode(periodeId(execution));
      execution.setVariable(Variables.PERIODE_NAMA, jadwal.nama());
      execution.setVariable(Variables.KALENDER_PERIODE_ID, jadwal.kalenderPeriodeId());
      execution.setVariable(Variables.LAPORAN_DIBUKA, jadwal.dibuka());
      execution.setVariable(Variables.BATAS_LAPORAN, jadwal.laporanDitutup());
      execution.setVariable(Variables.PENGINGAT_PERIODE, pengingat.sebelum(jadwal.laporanDitutup(), jadwal.terkunci()));
      execution.setVariable(Variables.BATAS_PERIODE, jadwal.terkunci());
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

  @Bean
  JavaDelegate openFinalEvaluationDelegate(EvaluationService evaluation, Pengingat pengingat) {
    return execution -> {
      EvaluationService.JadwalAkhir jadwal = evaluation.bukaEvaluasiAkhir(skpId(execution));
      execution.setVariable(Variables.PERIODE_NAMA, jadwal.nama());
      execution.setVariable(Variables.PENILAIAN_AKHIR_DIBUKA, jadwal.dibuka());
      execution.setVariable(Variables.PENGINGAT_AKHIR, pengingat.sebelum(jadwal.terkunci()));
      execution.setVariable(Variables.BATAS_FINAL, jadwal.terkunci());
    };
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
