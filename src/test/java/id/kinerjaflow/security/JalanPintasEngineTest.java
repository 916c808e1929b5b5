package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The reproductions of the engine back doors: an employee who raises a BPMN error on their own plan task, or names
 * themself appraiser in a process variable, does not get around their appraiser. Even a Camunda admin, who may change
 * processes, cannot set a plan nobody approved or move the review away from the appraiser the SKP records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-jalan-pintas;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class JalanPintasEngineTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired TaskService taskService;
  @Autowired EvaluationService evaluation;

  TestOrganisasi.Org org;
  Skp skp;

  @BeforeEach
  void rencanaDisusun() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    skp = skenario.mulai(org.pegawai(), 2024);
  }

  @AfterEach
  void jam() { ClockUtil.reset(); }

  @Test
  void pegawaiTidakDapatMengakhiriPerencanaanDenganBpmnError() {
    var r = sebagai(org.pegawai(), HttpMethod.POST, "/engine-rest/task/" + tugas().getId() + "/bpmnError", Map.of("errorCode", "x"));

    assertThat(r.getStatusCode().value()).isEqualTo(403);
    assertThat(r.getBody().get("detail").asText()).contains("/api");
    assertThat(tugas().getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_DRAFT);
    assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DRAFT);
  }

  @Test
  void pegawaiTidakDapatMenjadikanDirinyaPenilai() {
    var r = sebagai(org.pegawai(), HttpMethod.PUT, "/engine-rest/task/" + tugas().getId() + "/variables/penilaiNip",
        Map.of("value", org.pegawai(), "type", "String"));

    assertThat(r.getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.getVariables(tugas().getId())).doesNotContainKey("penilaiNip");
  }

  @Test
  void variabelPenilaiYangDiubahTidakMengubahSiapaYangMeninjau() {
    // given a Camunda admin changed the process variable to the employee's own NIP
    var r = sebagai("admin", HttpMethod.PUT, "/engine-rest/process-instance/" + tugas().getProcessInstanceId() + "/variables/penilaiNip",
        Map.of("value", org.pegawai(), "type", "String"));
    assertThat(r.getStatusCode().value()).isEqualTo(204);

    // when the employee submits the plan
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());

    // then the review goes to the appraiser the SKP records
    assertThat(tugas().getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_REVIEW);
    assertThat(tugas().getAssignee()).isEqualTo(org.penilai());
  }

  @Test
  void bpmnErrorYangTidakDitangkapModelDitolakUntukAdminCamundaPun() {
    var r = sebagai("admin", HttpMethod.POST, "/engine-rest/task/" + tugas().getId() + "/bpmnError", Map.of("errorCode", "x"));

    assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(400);
    assertThat(tugas().getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_DRAFT);
    assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DRAFT);
  }

  @Test
  void rencanaYangTidakDisetujuiTidakDitetapkanWalauAdminCamundaMemaksa() {
    var r = sebagai("admin", HttpMethod.POST, "/engine-rest/process-instance/" + tugas().getProcessInstanceId() + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", SkpPlanningProcess.SERVICE_TASK_SET_PLAN))));

    assertThat(r.getStatusCode().value()).isEqualTo(409);
    assertThat(r.getBody().get("message").asText()).contains("tidak dapat ditetapkan", "DRAFT", "0 RHK");
    assertThat(tugas().getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_DRAFT);
    assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DRAFT);
  }

  @Test
  void predikatBerdiriAtasRatingYangDicatatPenilai() {
    // given an approved plan and a first period nobody has rated
    skenario.rencanaDisetujui(skp);
    String periode = skenario.periode(skp.businessKey()).getId();

    // when a Camunda admin runs the predicate decision with ratings of their own
    var r = sebagai("admin", HttpMethod.POST, "/engine-rest/process-instance/" + periode + "/modification",
        Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", SkpPeriodicEvaluationProcess.RULE_DETERMINE_PREDICATE,
            "variables", Map.of("ratingHasilKerja", Map.of("value", "DI_ATAS_EKSPEKTASI", "type", "String"),
                "ratingPerilaku", Map.of("value", "DI_ATAS_EKSPEKTASI", "type", "String"))))));

    // then no predicate is recorded
    assertThat(r.getStatusCode().value()).isEqualTo(409);
    assertThat(r.getBody().get("message").asText()).contains("Predikat tidak disimpan", "DI_ATAS_EKSPEKTASI");
    assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).isNull();
  }

  @Test
  void jalurYangDisamarkanDitolak() {
    String id = tugas().getId();
    var biasa = sebagai(org.pegawai(), HttpMethod.POST, "/engine-rest/task/" + id + "/comment/create", Map.of("message", "Catatan"));
    assertThat(biasa.getStatusCode().value()).as("a plain comment on one's own task works").isEqualTo(200);

    for (String samaran : List.of("/engine-rest/task/" + id + ";x=y/comment/create", "/engine-rest/task/" + id + "/comment/create;x=y",
        "/engine-rest/task/x/../" + id + "/comment/create", "/engine-rest/task/" + id + "/comment/%63reate")) {
      // refused by PenjagaEngine (403) or, for a path parameter, already by Spring Security's firewall (400)
      assertThat(sebagai(org.pegawai(), HttpMethod.POST, samaran, Map.of("message", "x")).getStatusCode().value()).as(samaran).isIn(400, 403);
    }
    assertThat(taskService.getTaskComments(id)).extracting(c -> c.getFullMessage()).containsExactly("Catatan");
    var timpa = http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).exchange("/engine-rest/task/count", HttpMethod.POST,
        new HttpEntity<>(Map.of(), kepala("X-HTTP-Method-Override", "DELETE")), JsonNode.class);
    assertThat(timpa.getStatusCode().value()).isEqualTo(403);
  }

  private static org.springframework.http.HttpHeaders kepala(String nama, String nilai) {
    var headers = new org.springframework.http.HttpHeaders();
    headers.set(nama, nilai);
    return headers;
  }

  private Task tugas() { return taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).singleResult(); }

  private ResponseEntity<JsonNode> sebagai(String user, HttpMethod metode, String path, Object body) {
    String pw = "admin".equals(user) ? "admin" : TestOrganisasi.PASSWORD;
    return http.withBasicAuth(user, pw).exchange(path, metode, new HttpEntity<>(body), JsonNode.class);
  }
}
