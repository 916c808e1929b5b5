package id.kinerjaflow.pembinaan;

import static id.kinerjaflow.process.SkpPeriodicEvaluationProcess.PREDIKAT_SEBELUMNYA;
import static id.kinerjaflow.process.SkpPeriodicEvaluationProcess.TINDAK_LANJUT;

import id.kinerjaflow.process.Variables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of skp-periodic-evaluation that hands a period below expectations to performance-coaching. */
@Configuration
class PembinaanDelegates {
  /** What the coaching's task names, forms and due date read, passed on from the period. */
  private static final List<String> DITERUSKAN = List.of(Variables.SKP_ID, Variables.NIP, Variables.NAMA, Variables.TAHUN,
      Variables.PERIODE_NAMA, Variables.KALENDER_PERIODE_ID, Variables.ZONA_WAKTU);

  @Bean
  JavaDelegate startCoachingDelegate(PembinaanService pembinaan) {
    return execution -> {
      Map<String, Object> variabel = new HashMap<>();
      DITERUSKAN.forEach(n -> variabel.put(n, execution.getVariable(n)));
      pembinaan.mulai(((Number) execution.getVariable(Variables.PERIODE_ID)).longValue(), (String) execution.getVariable(TINDAK_LANJUT),
          (String) execution.getVariable(PREDIKAT_SEBELUMNYA), execution.getTenantId(), execution.getProcessBusinessKey(), variabel);
    };
  }
}
