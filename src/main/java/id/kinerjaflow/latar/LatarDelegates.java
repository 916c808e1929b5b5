package id.kinerjaflow.latar;

import static id.kinerjaflow.process.BackgroundWorkProcess.*;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service task of background-work. */
@Configuration
class LatarDelegates {

  @Bean
  JavaDelegate doBackgroundStepDelegate(PekerjaanLatarService latar) {
    return execution -> latar.kerjakan((String) execution.getVariable(JENIS_PEKERJAAN),
        ((Number) execution.getVariable(PEKERJAAN_LATAR_ID)).longValue(), (String) execution.getVariable(SASARAN_ID),
        (String) execution.getVariable(OLEH));
  }
}
