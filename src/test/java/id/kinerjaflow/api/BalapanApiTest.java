package id.kinerjaflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.Bentrok;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Races on a real PostgreSQL with the job executor running, as in production: a request that loses a race, or meets a
 * job working on the same process, answers 2xx or 409 with what to do, never 500, and writes nothing half.
 * Lima Puluh Kota 2024: plan deadline 31 January; here a reminder on each of the seven days before it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=true", "kinerja.pengingat-hari-sebelum-batas=7,6,5,4,3,2,1"})
@ActiveProfiles({"demo", "test"})
@DirtiesContext
@Import(EmbeddedPostgresConfig.class)
class BalapanApiTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired PlanningService planning;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngineConfigurationImpl engine;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void awalJanuari() { Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0)); }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  /** The appraiser presses "Setujui" twice (two tabs, a double click): one approval is recorded, the other gets 409. */
  @Test
  void duaPersetujuanSekaligus() throws Exception {
    for (int pasangan = 0; pasangan < 5; pasangan++) {
      Rencana r = rencanaDisusun();
      assertThat(post(r.org().pegawai(), r.url() + "/ajukan", Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
      tunggu(() -> tugas(r, SkpPlanningProcess.TASK_REVIEW) == 1);

      List<ResponseEntity<JsonNode>> jawaban = serentak(List.of(
          () -> post(r.org().penilai(), r.url() + "/tinjauan", Map.of("disetujui", true)),
          () -> post(r.org().penilai(), r.url() + "/tinjauan", Map.of("disetujui", true))));

      assertThat(jawaban).extracting(ResponseEntity::getStatusCode).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
      JsonNode kalah = jawaban.stream().filter(j -> j.getStatusCode() == HttpStatus.CONFLICT).findFirst().orElseThrow().getBody();
      assertThat(kalah.get("detail").asText()).isEqualTo("Rencana SKP 2024 tidak sedang menunggu tinjauan.");
      assertThat(planning.get(r.skpId()).getStatus()).isEqualTo(StatusSkp.DITETAPKAN);
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(r.businessKey())
          .taskDefinitionKey(SkpPlanningProcess.TASK_REVIEW).finished().count()).as("one approval recorded").isEqualTo(1);
    }
  }

  /** The same for the rating of a period: one rating and one predicate are recorded, the second rating gets 409. */
  @Test
  void duaPenilaianSekaligus() throws Exception {
    for (int pasangan = 0; pasangan < 3; pasangan++) {
      Rencana r = rencanaDisusun();
      post(r.org().pegawai(), r.url() + "/ajukan", Map.of());
      tunggu(() -> tugas(r, SkpPlanningProcess.TASK_REVIEW) == 1);
      assertThat(post(r.org().penilai(), r.url() + "/tinjauan", Map.of("disetujui", true)).getStatusCode()).isEqualTo(HttpStatus.OK);
      JsonNode rhk = http.withBasicAuth(r.org().pegawai(), TestOrganisasi.PASSWORD).getForEntity(r.url(), JsonNode.class).getBody().get("rhk");
      String q1 = "/api/skp/" + r.skpId() + "/periode/1";
      Map<String, Object> laporan = Map.of("rencanaAksi", "Menyusun laporan triwulan", "realisasi", List.of(
          Map.of("indikatorId", rhk.get(0).at("/indikator/0/id").asLong(), "uraian", "3 laporan"),
          Map.of("indikatorId", rhk.get(1).at("/indikator/0/id").asLong(), "uraian", "90% arsip tertata")));
      tunggu(() -> post(r.org().pegawai(), q1 + "/laporan", laporan).getStatusCode() == HttpStatus.OK); // early, once the period opened
      tunggu(() -> tugas(r, SkpPeriodicEvaluationProcess.TASK_RATE) == 1);

      Map<String, Object> rating = Map.of("ratingHasilKerja", "DI_ATAS_EKSPEKTASI", "ratingPerilaku", "DI_ATAS_EKSPEKTASI");
      List<ResponseEntity<JsonNode>> jawaban = serentak(List.of(
          () -> post(r.org().penilai(), q1 + "/penilaian", rating), () -> post(r.org().penilai(), q1 + "/penilaian", rating)));

      assertThat(jawaban).extracting(ResponseEntity::getStatusCode).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
      for (ResponseEntity<JsonNode> j : jawaban) {
        if (j.getStatusCode() == HttpStatus.OK) assertThat(j.getBody().get("predikat").asText()).isEqualTo("SANGAT_BAIK");
        else assertThat(j.getBody().get("detail").asText()).isEqualTo("Periode Triwulan I 2024 sudah dinilai.");
      }
      assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(r.businessKey())
          .taskDefinitionKey(SkpPeriodicEvaluationProcess.TASK_RATE).finished().count()).as("one rating recorded").isEqualTo(1);
    }
  }

  /**
   * A reminder job writes the employee's draft task (its follow-up date) while she submits: her submit loses Camunda's
   * optimistic lock once, runs again and succeeds. The reminder's write is held open here until the submit waits on it.
   */
  @Test
  void ajukanSaatPengingatMenulisTugasnya() throws Exception {
    Rencana r = rencanaDisusun();
    String draf = taskService.createTaskQuery().processInstanceBusinessKey(r.businessKey()).singleResult().getId();
    CompletableFuture<ResponseEntity<JsonNode>> ajukan;
    try (Connection pengingat = dataSource.getConnection()) {
      pengingat.setAutoCommit(false);
      try (PreparedStatement tulis = pengingat.prepareStatement(
          "update act_ru_task set follow_up_date_ = now(), rev_ = rev_ + 1 where id_ = ?")) {
        tulis.setString(1, draf);
        assertThat(tulis.executeUpdate()).isEqualTo(1);
      }
      ajukan = CompletableFuture.supplyAsync(() -> post(r.org().pegawai(), r.url() + "/ajukan", Map.of()));
      tunggu(() -> jdbc.queryForObject("select count(*) from pg_stat_activity where wait_event_type = 'Lock'", Integer.class) > 0);
      pengingat.commit();
    }

    ResponseEntity<JsonNode> jawaban = ajukan.get(30, TimeUnit.SECONDS);
    assertThat(jawaban.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jawaban.getBody().get("status").asText()).isEqualTo("DIAJUKAN");
    tunggu(() -> tugas(r, SkpPlanningProcess.TASK_REVIEW) == 1);
  }

  /**
   * Six employees submit their plans on 31 January, while the reminders of the seven days before the deadline are due
   * and the job executor works through them: each submit answers 200 (and the appraiser gets the review) or 409 (and
   * the plan stays a draft to submit again), never 500.
   */
  @Test
  void ajukanSaatPengingatBerjalan() throws Exception {
    List<Rencana> rencana = new ArrayList<>();
    for (int i = 0; i < 6; i++) rencana.add(rencanaDisusun());

    Skenario.jam(LocalDateTime.of(2024, 1, 31, 12, 0));
    engine.getJobExecutor().jobWasAdded();
    List<ResponseEntity<JsonNode>> jawaban = serentak(rencana.stream()
        .<Callable<ResponseEntity<JsonNode>>>map(r -> () -> post(r.org().pegawai(), r.url() + "/ajukan", Map.of())).toList());
    tunggu(() -> managementService.createJobQuery().executable().count() == 0);

    for (int i = 0; i < rencana.size(); i++) {
      Rencana r = rencana.get(i);
      ResponseEntity<JsonNode> j = jawaban.get(i);
      assertThat(j.getStatusCode()).as(j.toString()).isIn(HttpStatus.OK, HttpStatus.CONFLICT);
      if (j.getStatusCode() == HttpStatus.OK) {
        assertThat(planning.get(r.skpId()).getStatus()).isEqualTo(StatusSkp.DIAJUKAN);
        assertThat(tugas(r, SkpPlanningProcess.TASK_REVIEW)).isEqualTo(1);
      } else {
        assertThat(j.getBody().get("detail").asText()).isEqualTo(Bentrok.PESAN);
        assertThat(planning.get(r.skpId()).getStatus()).isEqualTo(StatusSkp.DRAFT);
        assertThat(tugas(r, SkpPlanningProcess.TASK_DRAFT)).isEqualTo(1);
      }
    }
  }

  /** Two admins start the same employee's cycle at once: one starts it, the other gets it as existing; one SKP, one cycle. */
  @Test
  void duaMulaiSiklusSekaligus() throws Exception {
    for (int pasangan = 0; pasangan < 3; pasangan++) {
      TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
      Map<String, Object> mulai = Map.of("nip", org.pegawai(), "tahun", 2024);

      List<ResponseEntity<JsonNode>> jawaban = serentak(List.of(
          () -> post(org.verifikator(), "/api/siklus", mulai), () -> post(org.verifikator(), "/api/siklus", mulai)));

      assertThat(jawaban).extracting(ResponseEntity::getStatusCode).containsExactlyInAnyOrder(HttpStatus.CREATED, HttpStatus.OK);
      assertThat(jawaban).extracting(j -> j.getBody().get("skpId").asLong()).as("both answer the same SKP").containsOnly(jawaban.get(0).getBody().get("skpId").asLong());
      assertThat(jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ?", Long.class, org.pegawai()))
          .isEqualTo(1);
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SkpAnnualCycleProcess.PROCESS_ID)
          .processInstanceBusinessKey(org.pegawai() + "-2024").count()).isEqualTo(1);
    }
  }

  record Rencana(TestOrganisasi.Org org, long skpId, String businessKey) {
    String url() { return "/api/skp/" + skpId + "/rencana"; }
  }

  private Rencana rencanaDisusun() {
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    JsonNode siklus = http.withBasicAuth("admin", "admin")
        .postForEntity("/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024), JsonNode.class).getBody();
    Rencana r = new Rencana(org, siklus.get("skpId").asLong(), org.pegawai() + "-2024");
    assertThat(http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).exchange(r.url(), HttpMethod.PUT,
        new HttpEntity<>(Skenario.rencanaDuaRhk()), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    return r;
  }

  private long tugas(Rencana r, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(r.businessKey()).taskDefinitionKey(taskDefinitionKey).count();
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  /** Sends the requests at the same instant, each from its own thread; the answers in the same order. */
  private static List<ResponseEntity<JsonNode>> serentak(List<Callable<ResponseEntity<JsonNode>>> permintaan) throws Exception {
    ExecutorService pelaku = Executors.newFixedThreadPool(permintaan.size());
    try {
      CountDownLatch mulai = new CountDownLatch(1);
      List<Future<ResponseEntity<JsonNode>>> hasil = permintaan.stream().map(p -> pelaku.submit(() -> {
        mulai.await();
        return p.call();
      })).toList();
      mulai.countDown();
      List<ResponseEntity<JsonNode>> jawaban = new ArrayList<>();
      for (Future<ResponseEntity<JsonNode>> f : hasil) jawaban.add(f.get());
      return jawaban;
    } finally {
      pelaku.shutdownNow();
    }
  }

  /** Waits for the job executor (which runs in its own threads) to reach a state, at most 30 seconds. */
  private static void tunggu(BooleanSupplier keadaan) throws InterruptedException {
    long batas = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!keadaan.getAsBoolean()) {
      if (System.nanoTime() > batas) throw new AssertionError("job executor tidak selesai dalam 30 detik");
      Thread.sleep(50);
    }
  }
}
