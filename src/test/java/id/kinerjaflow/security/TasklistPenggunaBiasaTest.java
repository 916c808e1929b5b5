package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Tasklist as an ordinary user has it, through the webapp's own routes and session: an appraiser comments on their task
 * and reads its history (Tasklist's Riwayat tab: {@code history/user-operation?taskId=} and {@code task/{id}/comment});
 * so do the members of a group task's candidate group, and nobody else. Below Camunda admin this is all the history
 * an employee or appraiser reads: Camunda's right to it follows the task.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class TasklistPenggunaBiasaTest {
  static final String ENGINE = "/camunda/api/engine/engine/default";

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired TaskService taskService;
  @Autowired AuthorizationService authorizationService;
  @Autowired CamundaSetup camundaSetup;
  @Autowired ManagementService managementService;
  @Autowired FilterService filterService;

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void penilaiMengomentariTugasnyaDanMelihatRiwayatnya() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    Task tinjau = tugas(skp, SkpPlanningProcess.TASK_REVIEW);
    assertThat(tinjau.getAssignee()).isEqualTo(org.penilai());

    Sesi penilai = masuk(org.penilai());
    var komentar = penilai.post(ENGINE + "/task/" + tinjau.getId() + "/comment/create", Map.of("message", "Cek lagi target arsip."));
    assertThat(komentar.getStatusCode()).as(komentar.toString()).isEqualTo(HttpStatus.OK);
    assertThat(pesan(penilai.get(ENGINE + "/task/" + tinjau.getId() + "/comment"))).containsExactly("Cek lagi target arsip.");

    // The employee's plan is returned: the appraiser's return is in the review task's history, which the employee does not read.
    assertThat(http.withBasicAuth(org.penilai(), TestOrganisasi.PASSWORD).postForEntity("/api/skp/" + skp.getId() + "/rencana/tinjauan",
        Map.of("disetujui", false, "catatan", "Target arsip terlalu rendah."), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(operasi(penilai, tinjau.getId())).contains("Complete");
    Sesi pegawai = masuk(org.pegawai());
    assertThat(operasi(pegawai, tinjau.getId())).isEmpty();
    assertThat(pegawai.post(ENGINE + "/task/" + tinjau.getId() + "/comment/create", Map.of("message", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    // The employee's own revision task: they comment on it and read its history.
    Task perbaiki = tugas(skp, SkpPlanningProcess.TASK_REVISE);
    assertThat(pegawai.post(ENGINE + "/task/" + perbaiki.getId() + "/comment/create", Map.of("message", "Sudah saya perbaiki."))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pesan(pegawai.get(ENGINE + "/task/" + perbaiki.getId() + "/comment"))).containsExactly("Sudah saya perbaiki.");

    // A database from before this change: its open tasks had no history right. The next start of the application adds it.
    authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).resourceId(perbaiki.getId()).list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    managementService.deleteProperty(CamundaSetup.RIWAYAT_TUGAS);
    assertThat(pegawai.get(ENGINE + "/task/" + perbaiki.getId() + "/comment").getStatusCode().is4xxClientError()).isTrue();
    camundaSetup.run(null);
    assertThat(pesan(pegawai.get(ENGINE + "/task/" + perbaiki.getId() + "/comment"))).containsExactly("Sudah saya perbaiki.");
  }

  /**
   * The appraiser's "Perlu Dinilai" page as Tasklist asks for it (HAL, sorted by due date): the plan to review with its
   * assignee's name and its count; the filter is shared with the appraisers' group, so an employee outside it is refused.
   */
  @Test
  void penilaiMembukaDaftarPerluDinilai() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    String filter = filterService.createFilterQuery().filterName(CamundaSetup.FILTER_PERLU_DINILAI).singleResult().getId();
    String halaman = ENGINE + "/filter/" + filter + "/list?firstResult=0&maxResults=15";
    Map<String, Object> badan = Map.of("sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")), "active", true);

    var daftar = masuk(org.penilai()).hal(halaman, badan);
    assertThat(daftar.getStatusCode()).as(daftar.toString()).isEqualTo(HttpStatus.OK);
    assertThat(daftar.getBody().get("count").asLong()).isEqualTo(1);
    assertThat(daftar.getBody().at("/_embedded/task").findValuesAsText("taskDefinitionKey")).containsExactly(SkpPlanningProcess.TASK_REVIEW);
    JsonNode penilai = daftar.getBody().at("/_embedded/assignee/0");
    assertThat(penilai.get("id").asText()).isEqualTo(org.penilai());
    assertThat(penilai.get("firstName").asText() + " " + penilai.get("lastName").asText())
        .isEqualTo("Kepala Bidang Uji");
    assertThat(masuk(org.pegawai()).hal(halaman, badan).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** A group task (BKPSDM's verification of targets): the candidate group's members comment and read who claimed it. */
  @Test
  void anggotaGrupKandidatMelihatRiwayatTugasGrup() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("sungai-penuh-2024", 2024);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(true, null, null));
    Task verifikasi = tugas(skp, SkpPlanningProcess.TASK_VERIFY);
    assertThat(verifikasi.getAssignee()).isNull();

    Sesi admin = masuk(org.verifikator());
    String id = verifikasi.getId();
    assertThat(admin.post(ENGINE + "/task/" + id + "/comment/create", Map.of("message", "Saya periksa besok.")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(admin.post(ENGINE + "/task/" + id + "/claim", Map.of("userId", org.verifikator())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(operasi(admin, id)).contains("Claim");
    assertThat(pesan(admin.get(ENGINE + "/task/" + id + "/comment"))).containsExactly("Saya periksa besok.");
    assertThat(operasi(masuk(org.penilai()), id)).as("not a member of the candidate group").isEmpty();
  }

  /** An employee opens Camunda Admin or an address that does not exist: an Indonesian page, never Spring's "Whitelabel". */
  @Test
  void halamanGalatBerbahasaIndonesia() {
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    Sesi pegawai = masuk(org.pegawai());
    for (String app : new String[] {"admin", "cockpit"}) {
      var admin = pegawai.halaman("/camunda/app/" + app + "/default/");
      assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(admin.getBody()).contains("Akses ditolak", "hubungi admin BKPSDM instansi Anda").doesNotContain("Whitelabel");
    }
    var tidakAda = pegawai.halaman("/camunda/app/tasklist/default/tidak-ada.html");
    assertThat(tidakAda.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tidakAda.getBody()).contains("Halaman tidak ditemukan").doesNotContain("Whitelabel");
    var halamanLain = new Sesi(new HashMap<>()).halaman("/tidak-ada");
    assertThat(halamanLain.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(halamanLain.getBody()).contains("Halaman tidak ditemukan").doesNotContain("Whitelabel");
    // An API client gets the same as a problem detail.
    var json = pegawai.get("/camunda/app/admin/default/");
    assertThat(json.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(json.getBody().get("title").asText()).isEqualTo("Akses ditolak");
  }

  private Task tugas(Skp skp, String kunci) {
    return taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).taskDefinitionKey(kunci).singleResult();
  }

  private static List<String> pesan(ResponseEntity<JsonNode> jawaban) {
    assertThat(jawaban.getStatusCode()).as(jawaban.toString()).isEqualTo(HttpStatus.OK);
    return jawaban.getBody().findValuesAsText("message");
  }

  /** What Tasklist's Riwayat tab lists: the user operations on the task. */
  private static List<String> operasi(Sesi sesi, String taskId) {
    var jawaban = sesi.get(ENGINE + "/history/user-operation?taskId=" + taskId);
    assertThat(jawaban.getStatusCode()).isEqualTo(HttpStatus.OK);
    return jawaban.getBody().findValuesAsText("operationType");
  }

  /** Logs in to Tasklist as its login page does; the next call brings the session's CSRF token. */
  private Sesi masuk(String nip) {
    Sesi sesi = new Sesi(new HashMap<>());
    sesi.simpan(http.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders login = sesi.headers();
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var masuk = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + nip + "&password=" + TestOrganisasi.PASSWORD, login), String.class);
    assertThat(masuk.getStatusCode()).isEqualTo(HttpStatus.OK);
    sesi.simpan(masuk);
    sesi.simpan(http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(sesi.headers()), String.class));
    return sesi;
  }

  private final class Sesi {
    final Map<String, String> cookies;

    Sesi(Map<String, String> cookies) { this.cookies = cookies; }

    void simpan(ResponseEntity<?> jawaban) {
      jawaban.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).forEach(c -> {
        String pasangan = c.split(";", 2)[0];
        cookies.put(pasangan.substring(0, pasangan.indexOf('=')), pasangan.substring(pasangan.indexOf('=') + 1));
      });
    }

    HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
      if (cookies.containsKey("XSRF-TOKEN")) headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
      return headers;
    }

    /** As a browser asks for a page. */
    ResponseEntity<String> halaman(String url) {
      HttpHeaders headers = headers();
      headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
      return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    /** As Tasklist lists a filter: a JSON query, a HAL answer. */
    ResponseEntity<JsonNode> hal(String url, Object badan) {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
      return http.exchange(url, HttpMethod.POST, new HttpEntity<>(badan, headers), JsonNode.class);
    }

    ResponseEntity<JsonNode> get(String url) {
      return http.exchange(url, HttpMethod.GET, new HttpEntity<>(headers()), JsonNode.class);
    }

    ResponseEntity<JsonNode> post(String url, Object body) {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return http.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
  }
}
