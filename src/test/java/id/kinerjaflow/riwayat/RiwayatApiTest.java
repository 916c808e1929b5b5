package id.kinerjaflow.riwayat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.RencanaInput;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Riwayat SKP" and "SKP Saya" on PostgreSQL: the auditor finds an SKP and reads who approved its plan, when, and what
 * changed old → new; the path on the diagram; the CSV; who may not read it (403); the employee's own list of SKP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
@Import(EmbeddedPostgresConfig.class)
class RiwayatApiTest {
  static final String AUDITOR = TestOrganisasi.AUDITOR_DEMO;

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;

  TestOrganisasi.Org org;
  Skp skp;

  /**
   * Through the API, as the employee and the appraiser would: drafted with a target of 12 reports, returned with a note,
   * revised to 14, approved by the appraiser on 10 January at 14.30.
   */
  @BeforeEach
  void rencanaDikembalikanLaluDisetujui() {
    Skenario.jam(LocalDateTime.of(2024, 1, 8, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.mulai(org.pegawai(), 2024);
    String rencana = "/api/skp/" + skp.getId() + "/rencana";
    kirim(org.pegawai(), HttpMethod.PUT, rencana, Skenario.rencanaDuaRhk());
    kirim(org.pegawai(), HttpMethod.POST, rencana + "/ajukan", null);
    Skenario.jam(LocalDateTime.of(2024, 1, 9, 10, 0));
    kirim(org.penilai(), HttpMethod.POST, rencana + "/tinjauan", new TinjauanInput(false, "Target laporan dinaikkan menjadi 14", null));
    RencanaInput awal = Skenario.rencanaDuaRhk();
    List<RencanaInput.RhkInput> rhk = new ArrayList<>();
    var ids = skenario.baca(() -> planning.get(skp.getId()).getRhk().stream().map(r -> r.getId()).toList());
    for (int i = 0; i < awal.rhk().size(); i++) {
      var r = awal.rhk().get(i);
      var indikator = i == 0 ? List.of(new RencanaInput.IndikatorInput(r.indikator().get(0).uraian(), new BigDecimal("14"), "laporan",
          new BigDecimal("100"), 12)) : r.indikator();
      rhk.add(new RencanaInput.RhkInput(ids.get(i), r.uraian(), r.jenis(), null, indikator));
    }
    kirim(org.pegawai(), HttpMethod.PUT, rencana, new RencanaInput(rhk, null, awal.lampiran()));
    kirim(org.pegawai(), HttpMethod.POST, rencana + "/ajukan", null);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 14, 30));
    kirim(org.penilai(), HttpMethod.POST, rencana + "/tinjauan", new TinjauanInput(true, null, null));
  }

  private void kirim(String nip, HttpMethod method, String path, Object body) {
    var res = http.withBasicAuth(nip, TestOrganisasi.PASSWORD).exchange(path, method, new HttpEntity<>(body), JsonNode.class);
    assertThat(res.getStatusCode().is2xxSuccessful()).as("%s %s: %s", method, path, res.getBody()).isTrue();
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void auditorMembacaSiapaMenyetujuiKapanDanApaYangBerubah() {
    // when: the auditor searches by name, then opens the SKP's history
    JsonNode cari = get(AUDITOR, "demo", "/api/skp/cari?q=budi sant").getBody();
    assertThat(StreamSupport.stream(cari.spliterator(), false).map(h -> h.get("skpId").asLong())).contains(skp.getId());
    ResponseEntity<JsonNode> res = get(AUDITOR, "demo", "/api/skp/" + skp.getId() + "/riwayat");

    // then: the review task completed by the appraiser, by name, on 10 January, with its outcome
    assertThat(res.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> kejadian = StreamSupport.stream(res.getBody().get("kejadian").spliterator(), false).toList();
    JsonNode disetujui = kejadian.stream().filter(k -> k.get("jenis").asText().equals("TUGAS")
        && k.get("judul").asText().startsWith("Tugas diselesaikan: Tinjau")
        && k.get("perubahan").toString().contains("\"baru\":\"true\"")).findFirst().orElseThrow();
    assertThat(disetujui.get("oleh").asText()).isEqualTo(org.penilai());
    assertThat(disetujui.get("olehNama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(disetujui.get("waktu").asText()).isEqualTo("2024-01-10T14:30:00+07:00");
    // the target 12 → 14, the return note, and the plan set, each with who changed it
    assertThat(perubahan(kejadian, "target kuantitas")).anySatisfy(p -> {
      assertThat(p.get("lama").asText()).isEqualTo("12");
      assertThat(p.get("baru").asText()).isEqualTo("14");
    });
    assertThat(kejadian).anySatisfy(k -> {
      assertThat(k.get("oleh").asText()).isEqualTo(org.pegawai());
      assertThat(k.toString()).contains("target kuantitas");
    });
    assertThat(perubahan(kejadian, "catatan penilai")).anySatisfy(p -> assertThat(p.get("baru").asText()).isEqualTo("Target laporan dinaikkan menjadi 14"));
    assertThat(perubahan(kejadian, "status")).anySatisfy(p -> {
      assertThat(p.get("lama").asText()).isEqualTo("DIAJUKAN");
      assertThat(p.get("baru").asText()).isEqualTo("DITETAPKAN");
    });
    assertThat(kejadian).anySatisfy(k -> {
      assertThat(k.get("jenis").asText()).isEqualTo("PERUBAHAN");
      assertThat(k.get("oleh").asText()).isEqualTo(org.penilai());
      assertThat(k.toString()).contains("DITETAPKAN");
    });
    // the decisions with inputs, outputs and the matched rule
    assertThat(kejadian).anySatisfy(k -> {
      assertThat(k.get("judul").asText()).startsWith("Keputusan: ");
      assertThat(k.get("keterangan").asText()).startsWith("cocok: aturan ");
    });

    // the planning diagram: the deployed model, the review task on the path
    String rencana = StreamSupport.stream(res.getBody().get("proses").spliterator(), false)
        .filter(p -> p.get("kunci").asText().equals("skp-planning")).findFirst().orElseThrow().get("id").asText();
    JsonNode diagram = get(AUDITOR, "demo", "/api/skp/" + skp.getId() + "/riwayat/diagram/" + rencana).getBody();
    assertThat(diagram.get("xml").asText()).contains("<bpmn:definitions", SkpPlanningProcess.TASK_REVIEW);
    assertThat(diagram.get("dilalui").toString()).contains(SkpPlanningProcess.TASK_REVIEW, SkpPlanningProcess.TASK_REVISE);

    // and the CSV of the same time line
    ResponseEntity<String> csv = http.withBasicAuth(AUDITOR, "demo").getForEntity("/api/skp/" + skp.getId() + "/riwayat?format=csv", String.class);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("waktu,jenis,kejadian,oleh,nama,keterangan,objek,bidang,lama,baru\n")
        .contains("target kuantitas,12,14").contains("Kepala Bidang Uji");
  }

  @Test
  void hanyaYangBolehMembacaSkpMelihatRiwayatnya() {
    String riwayat = "/api/skp/" + skp.getId() + "/riwayat";
    // the employee and the instansi's BKPSDM admin read it; the head of the Dinas, not the appraiser, does not
    assertThat(get(org.pegawai(), TestOrganisasi.PASSWORD, riwayat).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(org.verifikator(), TestOrganisasi.PASSWORD, riwayat).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(org.kepalaDinas(), TestOrganisasi.PASSWORD, riwayat).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(org.kepalaDinas(), TestOrganisasi.PASSWORD, riwayat + "?format=csv").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // the search is for auditors and BKPSDM admins; an admin of another instansi does not find this SKP
    ResponseEntity<JsonNode> pegawai = get(org.pegawai(), TestOrganisasi.PASSWORD, "/api/skp/cari?q=budi");
    assertThat(pegawai.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pegawai.getBody().get("detail").asText()).contains("auditor dan admin BKPSDM");
    TestOrganisasi.Org lain = organisasi.baru("bengkalis-2024", 2024);
    JsonNode dariLain = get(lain.verifikator(), TestOrganisasi.PASSWORD, "/api/skp/cari?q=" + org.pegawai()).getBody();
    assertThat(dariLain).isEmpty();
    assertThat(get(AUDITOR, "demo", "/api/skp/cari?q=" + org.pegawai()).getBody()).hasSize(1);
    assertThat(get(AUDITOR, "demo", "/api/skp/cari?q=bu").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the diagram of a process that is not this SKP's
    assertThat(get(AUDITOR, "demo", "/api/skp/" + skp.getId() + "/riwayat/diagram/bukan-proses-ini").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    // the auditor changes nothing: the plan's write endpoints refuse them
    assertThat(http.withBasicAuth(AUDITOR, "demo").postForEntity("/api/skp/" + skp.getId() + "/rencana/tinjauan",
        new TinjauanInput(true, null, null), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void pegawaiMelihatDaftarSkpnyaSendiri() {
    JsonNode saya = get(org.pegawai(), TestOrganisasi.PASSWORD, "/api/skp/saya").getBody();
    assertThat(saya).hasSize(1);
    assertThat(saya.get(0).get("skpId").asLong()).isEqualTo(skp.getId());
    assertThat(saya.get(0).get("status").asText()).isEqualTo("DITETAPKAN");
    assertThat(saya.get(0).get("penilaiNama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(get(org.penilai(), TestOrganisasi.PASSWORD, "/api/skp/saya").getBody()).isEmpty();
    assertThat(http.getForEntity("/api/skp/saya", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void deskripsiOpenApiUntukYangSudahMasuk() {
    ResponseEntity<JsonNode> api = get(AUDITOR, "demo", "/v3/api-docs");
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.getBody().get("paths").has("/api/skp/{skpId}/riwayat")).isTrue();
    assertThat(api.getBody().get("paths").fieldNames()).toIterable().allMatch(p -> p.startsWith("/api/"));
    assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private List<JsonNode> perubahan(List<JsonNode> kejadian, String bidang) {
    return kejadian.stream().filter(k -> k.get("jenis").asText().equals("PERUBAHAN"))
        .flatMap(k -> StreamSupport.stream(k.get("perubahan").spliterator(), false))
        .filter(p -> p.get("bidang").asText().equals(bidang)).toList();
  }

  private ResponseEntity<JsonNode> get(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
  }
}
