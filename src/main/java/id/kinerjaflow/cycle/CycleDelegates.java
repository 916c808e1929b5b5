package id.kinerjaflow.cycle;

import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.process.Variables;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-annual-cycle; each calls one AwalSiklus method. */
@Configuration
class CycleDelegates {

  @Bean
  JavaDelegate createSkpDelegate(AwalSiklus awal) {
    return execution -> {
      AwalSiklus.SkpBaru skp = awal.buatSkp((String) execution.getVariable(Variables.NIP), (Integer) execution.getVariable(Variables.TAHUN),
          Kedudukan.valueOf((String) execution.getVariable(Variables.KEDUDUKAN)), execution.getProcessInstanceId());
      execution.setVariable(Variables.SKP_ID, skp.skpId());
      execution.setVariable(Variables.PERIODE_IDS, new ArrayList<>(skp.periodeIds()));
    };
  }

  /** Gateway_AppraiserKnown then reads the SKP; the reason goes to Task_DetermineAppraiser's description. */
  @Bean
  JavaDelegate determineAppraiserDelegate(AwalSiklus awal) {
    return execution -> {
      execution.setVariable(Variables.ALASAN_TANPA_PENILAI, awal.tentukanPenilai((Long) execution.getVariable(Variables.SKP_ID)));
    };
  }
}
