package id.kinerjaflow.e2e;

import static id.kinerjaflow.support.Perintah.jalankan;
import static org.assertj.core.api.Assertions.assertThat;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.kalibrasi.TahunDinilai;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.StatusSkp;
import id.kinerjaflow.process.SkpObjectionProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The real Tasklist in Debian's Chromium (e2e/tasklist-skp.mjs, playwright-core): an employee and their
 * appraiser walk one Bengkalis 2024 SKP; a BKPSDM admin determines a missing appraiser; each role sees only the controls
 * it may use; the employee objects to the final predicate, the appraiser responds and the superior decides (e2e/keberatan.mjs).
 * Between the browser stages this test moves the engine clock and
 * fires the timers that are due. Screenshots of every form land in e2e/artifacts/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-e2e;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class TasklistBrowserTest {
  static final String HASIL_KERJA = "DI_ATAS_EKSPEKTASI";
  static final String PERILAKU = "SESUAI_EKSPEKTASI";
  /** What Tasklist users read for each value (kinerja-form.js). */
  static final Map<String, String> LABEL = Map.of(
      "DI_ATAS_EKSPEKTASI", "Di Atas Ekspektasi", "SESUAI_EKSPEKTASI", "Sesuai Ekspektasi",
      "SANGAT_BAIK", "Sangat Baik", "BAIK", "Baik", "BUTUH_PERBAIKAN", "Butuh Perbaikan",
      "KURANG", "Kurang/Misconduct", "SANGAT_KURANG", "Sangat Kurang");

  @LocalServerPort int port;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;
  @Autowired DecisionService decisionService;
  @Autowired OrganizationImport impor;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired EvaluasiAkhirRepository akhirRepository;
  @Autowired TahunDinilai tahunDinilai;

  /** Installs Chromium and playwright-core when they are missing (e2e/setup.sh), so the README's test command is enough. */
  @BeforeAll
  static void browserTersedia() throws IOException, InterruptedException {
    jalankan("persiapan browser", Map.of(), "bash", "e2e/setup.sh");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void pegawaiDanPenilaiMenjalaniSkpDiTasklist() throws Exception {
    // Given: 5 March 2024, a Bengkalis Pemda whose employee starts the year late (plan deadline 31 January passed).
    Skenario.jam(LocalDateTime.of(2024, 3, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    skenario.jalankanTimerJatuhTempo(skp.businessKey());
    String predikat = decisionService.evaluateDecisionTableByKey("performance-predicate",
            Map.of(Variables.RATING_HASIL_KERJA, HASIL_KERJA, Variables.RATING_PERILAKU, PERILAKU))
        .getSingleResult().getSingleEntry();
    Map<String, String> env = Map.of(
        "BASE_URL", "http://localhost:" + port, "PEGAWAI", org.pegawai(), "PENILAI", org.penilai(),
        "PASSWORD", TestOrganisasi.PASSWORD, "TAHUN", "2024", "PERIODE", "Januari–Februari 2024",
        "PERIODE_BERIKUT", "Maret 2024", "RATING_HASIL_KERJA", LABEL.get(HASIL_KERJA),
        "RATING_PERILAKU", LABEL.get(PERILAKU), "PREDIKAT", LABEL.get(predikat));

    // Steps 1-4: drafted, returned with a note, revised, approved.
    tahap("rencana", env);
    assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DITETAPKAN);

    // Steps 5-7: January-February has ended, so its report is open; reported with evidence and rated.
    skenario.jalankanTimerJatuhTempo(skp.businessKey());
    tahap("periode-1", env);
    assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).isEqualTo(Predikat.valueOf(predikat));

    // March has ended: the employee's next report shows the predicate of January-February.
    skenario.jam(LocalDateTime.of(2024, 4, 2, 9, 0), skp.businessKey());
    tahap("riwayat", env);

    // The year has ended: the appraiser gives the final rating.
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    tahap("akhir", env);
    assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.valueOf(predikat));
  }

  /** Nobody heads the employee's unit: a BKPSDM admin determines the appraiser in Tasklist, and planning starts. */
  @Test
  void adminMenentukanPejabatPenilaiDiTasklist() throws Exception {
    Skenario.jam(LocalDateTime.of(2024, 1, 8, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    String staf = org.pegawai().substring(0, 12) + "100066";
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nkantor,Kantor Tanpa Kepala,DINAS,pemda\n"), "uji");
    impor.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + staf + ",Andi Saputra,PNS,Pengadministrasi Umum,PELAKSANA,kantor,false,,true\n"), "uji");
    Skp skp = skenario.mulai(staf, 2024);
    assertThat(skp.getPenilai()).isNull();

    tahap("penentuan", Map.of("BASE_URL", "http://localhost:" + port, "ADMIN", org.verifikator(), "PASSWORD", TestOrganisasi.PASSWORD,
        "TAHUN", "2024", "PENILAI", org.penilai(), "PENILAI_NAMA", "Kepala Bidang Uji"));

    assertThat(planning.get(skp.getId()).getPenilai().getNip()).isEqualTo(org.penilai());
    Task susun = taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).singleResult();
    assertThat(susun.getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_DRAFT);
    assertThat(susun.getAssignee()).isEqualTo(staf);
  }

  /**
   * Each role is offered what works for it: no "Buat tugas", "Mulai proses" or "Tambah grup" in an employee's or an
   * appraiser's Tasklist, no edit, delete, suspend or cancel in an auditor's Cockpit, all of it for a Camunda admin; the
   * appraiser's comment on their task is in its Riwayat.
   */
  @Test
  void setiapPeranHanyaDitawariYangBisaDilakukan() throws Exception {
    Skenario.jam(LocalDateTime.of(2024, 1, 8, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    skenario.mulai(org.pegawai(), 2024);
    Skp rekan = skenario.mulai(org.verifikator(), 2024);
    planning.ubahRencana(rekan.getId(), org.verifikator(), Skenario.rencanaDuaRhk());
    planning.ajukan(rekan.getId(), org.verifikator());

    tahap("peran", Map.of("BASE_URL", "http://localhost:" + port, "PEGAWAI", org.pegawai(), "PENILAI", org.penilai(),
        "PASSWORD", TestOrganisasi.PASSWORD, "TAHUN", "2024", "AUDITOR", TestOrganisasi.AUDITOR_DEMO, "AUDITOR_PASSWORD", "demo",
        "CAMUNDA_ADMIN", "admin", "CAMUNDA_ADMIN_PASSWORD", "admin",
        "PROSES", skenario.instance(rekan.businessKey(), SkpPlanningProcess.PROCESS_ID).getId()));

    Task tinjau = taskService.createTaskQuery().processInstanceBusinessKey(rekan.businessKey())
        .taskDefinitionKey(SkpPlanningProcess.TASK_REVIEW).singleResult();
    assertThat(taskService.getTaskComments(tinjau.getId())).extracting(Comment::getUserId).containsExactly(org.penilai());
  }

  /** The final predicate is final: the employee objects in Tasklist, the appraiser responds, the superior changes it. */
  @Test
  void pegawaiMengajukanKeberatanPenilaiMenanggapiAtasanMemutus() throws Exception {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    Skenario.jam(LocalDateTime.of(2025, 2, 10, 10, 0));
    skenario.baca(() -> {
      akhirRepository.findBySkpId(skp.getId()).orElseThrow().tetapkanFinal("admin", ClockUtil.getCurrentTime().toInstant());
      return null;
    });
    runtimeService.startProcessInstanceByKey(SkpObjectionProcess.PROCESS_ID, skp.businessKey(),
        Map.of(Variables.SKP_ID, skp.getId(), Variables.INSTANSI, org.instansi()));

    Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "PEGAWAI", org.pegawai(),
        "PENILAI", org.penilai(), "ATASAN", org.kepalaDinas(), "ATASAN_NAMA", "Kepala Dinas Uji", "PASSWORD", TestOrganisasi.PASSWORD,
        "TAHUN", "2024", "PREDIKAT", LABEL.get("BAIK"), "PREDIKAT_BARU", LABEL.get("SANGAT_BAIK")));
    env.put("ARTIFACTS", Path.of("e2e/artifacts").toAbsolutePath().toString());
    jalankan("keberatan di browser", env, "node", "e2e/keberatan.mjs");

    assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
  }

  /**
   * The Kepala Dinas calibrates Dinas Uji's 2024 predicates in Tasklist (e2e/kalibrasi.mjs): Lima Puluh Kota's curve binds,
   * all three are Baik under an organisation predicate Baik; one becomes Butuh Perbaikan with a reason, then confirmed.
   */
  @Test
  void kepalaPerangkatDaerahMengkalibrasiPredikatDiTasklist() throws Exception {
    TahunDinilai.Tahun t = tahunDinilai.siapkan("lima-puluh-kota-2024");
    tahunDinilai.predikatOrganisasiDanKalibrasi(t, PredikatOrganisasi.BAIK);

    Map<String, String> env = new HashMap<>(Map.of("BASE_URL", "http://localhost:" + port, "KEPALA", t.org().kepalaDinas(),
        "PASSWORD", TestOrganisasi.PASSWORD, "TAHUN", "2024", "UNIT", "Dinas Uji", "PEGAWAI_NAMA", "Verifikator BKPSDM Uji",
        "PREDIKAT_BARU", LABEL.get("BUTUH_PERBAIKAN")));
    env.put("ARTIFACTS", Path.of("e2e/artifacts").toAbsolutePath().toString());
    jalankan("kalibrasi di Tasklist", env, "node", "e2e/kalibrasi.mjs");

    EvaluasiAkhir akhir = evaluation.akhir(t.skp().get(t.org().verifikator()).getId());
    assertThat(akhir.getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(akhir.getDitetapkanOleh()).isEqualTo(t.org().kepalaDinas());
  }

  private static void tahap(String nama, Map<String, String> env) throws IOException, InterruptedException {
    Map<String, String> semua = new HashMap<>(env);
    semua.put("ARTIFACTS", Path.of("e2e/artifacts").toAbsolutePath().toString());
    jalankan("tahap browser " + nama, semua, "node", "e2e/tasklist-skp.mjs", nama);
  }
}
