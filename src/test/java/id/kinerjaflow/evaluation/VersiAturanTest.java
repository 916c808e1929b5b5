package id.kinerjaflow.evaluation;

import static id.kinerjaflow.evaluation.Rating.*;
import static id.kinerjaflow.process.SkpPeriodicEvaluationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Versions on purpose: a running period keeps the predicate table it started with when a changed table is deployed
 * mid-year (decisionRefBinding "deployment"), until an admin moves it with Camunda's migration API, as README.md shows.
 */
@ProsesTest
class VersiAturanTest {
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  Skp skp;
  TestOrganisasi.Org org;
  ProcessInstance periode;
  Deployment aturanBaru;

  @BeforeEach
  void periodeBerjalanDilaporkan() {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));
    periode = skenario.periode(skp.businessKey());
  }

  @AfterEach
  void hapusAturanBaru() {
    if (aturanBaru != null) repositoryService.deleteDeployment(aturanBaru.getId(), true);
    ClockUtil.reset();
  }

  @Test
  void periodeYangBerjalanTetapMemakaiAturanSaatDimulai() throws IOException {
    aturanBaru = terapkanAturanBaru();

    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI));

    assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).as("the table of version 1.0.0").isEqualTo(Predikat.KURANG);
  }

  @Test
  void periodeYangDimigrasikanMemakaiAturanBaru() throws IOException {
    aturanBaru = terapkanAturanBaru();
    ProcessDefinition baru = repositoryService.createProcessDefinitionQuery().deploymentId(aturanBaru.getId())
        .processDefinitionKey(PROCESS_ID).singleResult();

    runtimeService.newMigration(runtimeService.createMigrationPlan(periode.getProcessDefinitionId(), baru.getId())
            .mapEqualActivities().updateEventTriggers().build())
        .processInstanceIds(periode.getId()).execute();
    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI));

    assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).as("the table of version 1.1.0").isEqualTo(Predikat.BUTUH_PERBAIKAN);
  }

  /** What a redeploy does when a designer changes the predicate table: every model again, in one deployment. */
  private Deployment terapkanAturanBaru() throws IOException {
    assertThat(definisi(periode).getVersionTag()).isEqualTo("2.1.0");
    return repositoryService.createDeployment().name("kinerja-flow")
        .addString("bpmn/skp-periodic-evaluation.bpmn", sumber("bpmn/skp-periodic-evaluation.bpmn")
            .replace("camunda:versionTag=\"2.1.0\"", "camunda:versionTag=\"2.1.1\""))
        .addString("dmn/performance-predicate.dmn", sumber("dmn/performance-predicate.dmn")
            .replace("camunda:versionTag=\"1.0.0\"", "camunda:versionTag=\"1.1.0\"")
            .replace("<text>\"KURANG\"</text>", "<text>\"BUTUH_PERBAIKAN\"</text>"))
        .addString("dmn/performance-follow-up.dmn", sumber("dmn/performance-follow-up.dmn"))
        .deploy();
  }

  private ProcessDefinition definisi(ProcessInstance instance) {
    return repositoryService.getProcessDefinition(instance.getProcessDefinitionId());
  }

  private static String sumber(String path) throws IOException {
    try (InputStream in = VersiAturanTest.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
