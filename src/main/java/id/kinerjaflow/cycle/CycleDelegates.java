package id.kinerjaflow.cycle;

import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-annual-cycle; each calls one AwalSiklus method. */
@Configuration
class CycleDelegates {

  @Bean
  JavaDelegate createSkpDelegate(AwalSiklus awal) {
    return execution -> {
      execution.setVariable(Variables.SKP_ID, awal.buatSkp((String) execution.getVariable(Variables.NIP),
          (Integer) execution.getVariable(Variables.TAHUN), Kedudukan.valueOf((String) execution.getVariable(Variables.KEDUDUKAN)),
          execution.getProcessInstanceId()));
    };
  }

  /**
   * Gateway_AppraiserKnown then reads the SKP; the reason, only when there is one, goes to Task_DetermineAppraiser's
   * description. The appraiser found is on the SKP (and its audit).
   */
  @Bean
  JavaDelegate determineAppraiserDelegate(AwalSiklus awal) {
    return execution -> {
      String alasan = awal.tentukanPenilai((Long) execution.getVariable(Variables.SKP_ID));
      if (alasan != null) execution.setVariable(Variables.ALASAN_TANPA_PENILAI, alasan);
    };
  }
}
