package id.kinerjaflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@EnableProcessApplication("kinerja-flow")
@ConfigurationPropertiesScan
public class KinerjaFlowApplication {
  public static void main(String[] args) {
    SpringApplication.run(KinerjaFlowApplication.class, args);
  }
}
