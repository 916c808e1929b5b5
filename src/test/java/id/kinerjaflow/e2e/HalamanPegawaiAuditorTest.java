package id.kinerjaflow.e2e;

import static id.kinerjaflow.support.Perintah.jalankan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.RencanaInput;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pages under /app in Debian's Chromium (e2e/halaman-pegawai-auditor.mjs, playwright-core), as the demo's Siti
 * Aminah and its auditor, at 1280×800 and 390 px. Siti's 2024 is walked first through the API as she and her appraiser
 * Budi Santoso would (plan returned with a note, target 12 → 14, approved), then every period and the final rating.
 * Screenshots land in docs/layar/ (shown in README).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-halaman;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class HalamanPegawaiAuditorTest {
  static final String SITI = "199504042020121004";
  static final String BUDI = "198003032005011003";
  static final String DEMO = "demo";
  static final String KATA_SANDI_BARU = "sandi-baru-siti-2024";

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  @BeforeAll
  static void browserTersedia() throws IOException, InterruptedException {
    jalankan("persiapan browser", Map.of(), "bash", "e2e/setup.sh");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void pegawaiMelihatSkpnyaDanAuditorMembacaRiwayatnya() throws Exception {
    // Given: Siti drafts on 3 January 2024; Budi returns the plan on 4 January, she raises the target from 12 to 14,
    // and Budi approves it on 5 January at 10.15.
    Skenario.jam(LocalDateTime.of(2024, 1, 3, 9, 0));
    Skp skp = skenario.mulai(SITI, 2024);
    String rencana = "/api/skp/" + skp.getId() + "/rencana";
    kirim(SITI, HttpMethod.PUT, rencana, Skenario.rencanaDuaRhk());
    kirim(SITI, HttpMethod.POST, rencana + "/ajukan", null);
    Skenario.jam(LocalDateTime.of(2024, 1, 4, 11, 0));
    kirim(BUDI, HttpMethod.POST, rencana + "/tinjauan", new TinjauanInput(false, "Naikkan target laporan menjadi 14.", null));
    kirim(SITI, HttpMethod.PUT, rencana, targetDinaikkan(skp));
    kirim(SITI, HttpMethod.POST, rencana + "/ajukan", null);
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 10, 15));
    kirim(BUDI, HttpMethod.POST, rencana + "/tinjauan", new TinjauanInput(true, null, null));

    // and every period reported and rated as it opens, the final rating in January 2025: no task is left
    String bk = skp.businessKey();
    boolean akhir = false;
    Map<Integer, LocalDateTime> dibuka = new TreeMap<>(skenario.baca(() -> evaluation.semuaPeriode(planning.get(skp.getId())).stream()
        .collect(Collectors.toMap(e -> e.getPeriode().getUrutan(), e -> e.getPeriode().getLaporanDibuka().atTime(9, 0)))));
    for (var periode : dibuka.entrySet()) {
      if (!akhir && periode.getValue().getYear() > 2024) akhir = nilaiAkhir(skp);
      skenario.jam(periode.getValue(), bk);
      evaluation.lapor(skp.getId(), periode.getKey(), SITI, skenario.laporanLengkap(skp));
      evaluation.nilai(skp.getId(), periode.getKey(), BUDI, Skenario.rating(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    }
    if (!akhir) nilaiAkhir(skp);
    // (the cycle now waits for the Kepala Perangkat Daerah's calibration, which is not Siti's task)
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(bk).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(bk)
        .activityIdIn(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE).count()).isOne();
    assertThat(evaluation.akhir(skp.getId()).getPredikat().name()).isEqualTo("BAIK");

    Map<String, String> env = Map.ofEntries(Map.entry("BASE_URL", "http://localhost:" + port), Map.entry("PEGAWAI", SITI),
        Map.entry("PASSWORD", DEMO), Map.entry("KATA_SANDI_BARU", KATA_SANDI_BARU), Map.entry("PREDIKAT", "Baik"),
        Map.entry("TARGET_LAMA", "12"), Map.entry("TARGET_BARU", "14"), Map.entry("PENILAI_NAMA", "Budi Santoso"),
        Map.entry("DISETUJUI_PADA", "5 Januari 2024, 10.15 WIB"), Map.entry("AUDITOR", TestOrganisasi.AUDITOR_DEMO),
        Map.entry("AUDITOR_PASSWORD", DEMO));

    // The people come later, on the real clock: the webapp login's session cache is checked against the engine clock.
    ClockUtil.reset();

    // When/then: Siti sees her approved plan and predicate, and changes her password
    tahap("pegawai", env);
    assertThat(identityService.checkPassword(SITI, KATA_SANDI_BARU)).isTrue();
    assertThat(identityService.checkPassword(SITI, DEMO)).isFalse();

    // the auditor reads who approved the plan, when, what changed, and the path on the diagram
    tahap("auditor", env);
  }

  /** The first RHK's target raised from 12 to 14, the rest as drafted (the RHK keep their ids). */
  private RencanaInput targetDinaikkan(Skp skp) {
    RencanaInput awal = Skenario.rencanaDuaRhk();
    List<Long> ids = skenario.baca(() -> planning.get(skp.getId()).getRhk().stream().map(r -> r.getId()).toList());
    List<RencanaInput.RhkInput> rhk = new ArrayList<>();
    for (int i = 0; i < awal.rhk().size(); i++) {
      RencanaInput.RhkInput r = awal.rhk().get(i);
      RencanaInput.IndikatorInput ind = r.indikator().get(0);
      List<RencanaInput.IndikatorInput> indikator = i > 0 ? r.indikator() : List.of(new RencanaInput.IndikatorInput(ind.uraian(),
          new BigDecimal("14"), ind.satuan(), ind.targetKualitas(), ind.targetWaktu()));
      rhk.add(new RencanaInput.RhkInput(ids.get(i), r.uraian(), r.jenis(), null, indikator));
    }
    return new RencanaInput(rhk, null, awal.lampiran());
  }

  private boolean nilaiAkhir(Skp skp) {
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    evaluation.nilaiAkhir(skp.getId(), BUDI, Skenario.rating(Rating.DI_ATAS_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    return true;
  }

  private void kirim(String nip, HttpMethod method, String path, Object body) {
    var res = http.withBasicAuth(nip, DEMO).exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    assertThat(res.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, res.getBody()).isTrue();
  }

  private static void tahap(String nama, Map<String, String> env) throws IOException, InterruptedException {
    Map<String, String> semua = new HashMap<>(env);
    semua.put("ARTIFACTS", Path.of("e2e/artifacts").toAbsolutePath().toString());
    semua.put("LAYAR", Path.of("docs/layar").toAbsolutePath().toString());
    jalankan("tahap browser " + nama, semua, "node", "e2e/halaman-pegawai-auditor.mjs", nama);
  }
}
