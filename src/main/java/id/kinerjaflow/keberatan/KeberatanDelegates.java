package id.kinerjaflow.keberatan;

import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of skp-objection; each calls one KeberatanService step. */
@Configuration
class KeberatanDelegates {

  /** Opens the window and names the employee in the tasks (nip, nama, tahun), as the cycle's processes do. */
  @Bean
  JavaDelegate openObjectionWindowDelegate(KeberatanService keberatan) {
    return execution -> {
      Skp skp = keberatan.buka(skpId(execution)).getSkp();
      execution.setVariable(Variables.NIP, skp.getPegawai().getNip());
      execution.setVariable(Variables.NAMA, skp.namaPemegang());
      execution.setVariable(Variables.TAHUN, skp.getTahun());
    };
  }

  @Bean
  JavaDelegate closeObjectionWindowDelegate(KeberatanService keberatan) {
    return execution -> keberatan.tutup(skpId(execution));
  }

  /** Gateway_SuperiorFound then reads the objection ({@code keberatanSkp.atasanNip}). */
  @Bean
  JavaDelegate determineSuperiorDelegate(KeberatanService keberatan) {
    return execution -> keberatan.tentukanAtasan(skpId(execution));
  }

  private static long skpId(DelegateExecution execution) { return ((Number) execution.getVariable(Variables.SKP_ID)).longValue(); }
}
