package id.kinerjaflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.security.AkunService;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * BKPSDM determines the appraiser of an SKP whose cycle waits for one, through the REST API, on H2. Rina, a Pelaksana of
 * a Kantor directly under the test Pemda, has no Administrator or Pengawas above her.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-penentuan;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PenentuanPenilaiApiTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired OrganizationImport impor;
  @Autowired AkunService akun;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  String rina, pensiunan;
  long skpId;

  @BeforeEach
  void rinaMenungguPenilai() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    String awal = org.pegawai().substring(0, 12) + "2000";
    rina = awal + "10";
    pensiunan = awal + "20";
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nkantor,Kantor Uji,DINAS,pemda\n"), "uji");
    impor.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + rina + ",Rina Kartika,PNS,Pengadministrasi Umum,PELAKSANA,kantor,false,,true\n"
        + pensiunan + ",Hadi Pensiunan,PNS,Kepala Seksi,PENGAWAS,bidang,false,,false\n"), "uji");
    akun.setelKataSandi(rina, TestOrganisasi.PASSWORD, "uji");
    var mulai = post(org.verifikator(), "/api/siklus", Map.of("nip", rina, "tahun", 2024));
    assertThat(mulai.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(mulai.getBody().get("menungguPenilai").asBoolean()).isTrue();
    skpId = mulai.getBody().get("skpId").asLong();
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void adminMenentukanPenilaiDanPerencanaanDimulai() {
    // While waiting, the SKP reads without an appraiser, and nobody may review it.
    var rencana = get(rina, "/api/skp/" + skpId + "/rencana");
    assertThat(rencana.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rencana.getBody().get("penilaiNip").isNull()).isTrue();
    assertThat(get(rina, "/api/skp/" + skpId + "/hasil").getBody().get("penilaiNama").isNull()).isTrue();
    assertThat(get(rina, "/api/skp/" + skpId + "/riwayat-penilai").getBody()).isEmpty();
    var tinjau = post(org.penilai(), "/api/skp/" + skpId + "/rencana/tinjauan", Map.of("disetujui", true));
    assertThat(tinjau.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tinjau.getBody().get("detail").asText()).isEqualTo("SKP ini belum punya pejabat penilai; admin BKPSDM sedang menentukannya.");

    JsonNode calon = get(org.verifikator(), "/api/skp/" + skpId + "/calon-penilai").getBody();
    assertThat(calon.get("nama").asText()).isEqualTo("Rina Kartika");
    assertThat(calon.get("jabatan").asText()).isEqualTo("Pengadministrasi Umum");
    assertThat(calon.get("unit").asText()).isEqualTo("Kantor Uji");
    assertThat(calon.get("calon").findValuesAsText("nip")).contains(org.penilai(), org.kepalaDinas()).doesNotContain(rina, org.pegawai());
    assertThat(get(rina, "/api/skp/" + skpId + "/calon-penilai").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    var ditentukan = post(org.verifikator(), url(), Map.of("nip", org.penilai(), "alasan", " Surat Kepala BKPSDM 800/7/2024 "));

    assertThat(ditentukan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ditentukan.getBody().get("penilaiLamaNip").isNull()).isTrue();
    assertThat(ditentukan.getBody().get("penilaiBaruNip").asText()).isEqualTo(org.penilai());
    assertThat(ditentukan.getBody().get("alasan").asText()).isEqualTo("Surat Kepala BKPSDM 800/7/2024");
    assertThat(ditentukan.getBody().get("oleh").asText()).isEqualTo(org.verifikator());
    assertThat(get(rina, "/api/skp/" + skpId + "/rencana").getBody().get("penilaiNama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(get(org.penilai(), "/api/skp/" + skpId + "/riwayat-penilai").getBody().get(0).get("oleh").asText())
        .isEqualTo(org.verifikator());
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(rina + "-2024").singleResult().getAssignee()).isEqualTo(rina);
    assertThat(jdbc.queryForObject("select r.pengguna from skp_aud a join revisi r on r.id = a.rev where a.id = ? order by a.rev desc"
        + " fetch first 1 rows only", String.class, skpId)).isEqualTo(org.verifikator());

    var lagi = post(org.verifikator(), url(), Map.of("nip", org.kepalaDinas(), "alasan", "lagi"));
    assertThat(lagi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lagi.getBody().get("detail").asText()).isEqualTo("SKP 2024 Rina Kartika tidak sedang menunggu penentuan pejabat penilai;"
        + " pejabat penilainya Kepala Bidang Uji (" + org.penilai() + ").");
  }

  @Test
  void hanyaAdminInstansiSendiri403() {
    Map<String, Object> isi = Map.of("nip", org.penilai(), "alasan", "uji");
    TestOrganisasi.Org lain = organisasi.baru("kapuas-2025", 2025);
    var adminLain = post(lain.verifikator(), url(), isi);
    assertThat(adminLain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(adminLain.getBody().get("detail").asText()).isEqualTo("Hanya admin BKPSDM Pemda Uji " + org.instansi().substring(4)
        + " yang dapat menentukan pejabat penilai SKP ini.");
    for (String[] login : new String[][] {{rina, TestOrganisasi.PASSWORD}, {org.penilai(), TestOrganisasi.PASSWORD},
        {TestOrganisasi.AUDITOR_DEMO, "demo"}, {"admin", "admin"}}) {
      assertThat(post(login[0], login[1], url(), isi).getStatusCode()).as(login[0]).isEqualTo(HttpStatus.FORBIDDEN);
    }
    tidakAdaYangTertulis();
  }

  @Test
  void nipYangTidakLayak400() {
    String lainNip = organisasi.baru("kapuas-2025", 2025).penilai();
    assertThat(galat(Map.of("nip", "123", "alasan", "uji"), "nip")).isEqualTo("NIP harus 18 digit angka");
    assertThat(galat(Map.of("nip", org.penilai()), "alasan")).isEqualTo("alasan wajib diisi, misalnya nomor surat penunjukan");
    assertThat(galat(Map.of("nip", "199999999999999999", "alasan", "uji"), "nip"))
        .isEqualTo("pegawai dengan NIP 199999999999999999 tidak terdaftar");
    assertThat(galat(Map.of("nip", lainNip, "alasan", "uji"), "nip"))
        .isEqualTo("Kepala Bidang Uji (" + lainNip + ") bukan pegawai Pemda Uji " + org.instansi().substring(4));
    assertThat(galat(Map.of("nip", pensiunan, "alasan", "uji"), "nip")).isEqualTo("Hadi Pensiunan (" + pensiunan + ") tidak aktif");
    assertThat(galat(Map.of("nip", rina, "alasan", "uji"), "nip")).isEqualTo("pejabat penilai tidak boleh Rina Kartika sendiri");
    tidakAdaYangTertulis();
  }

  private String galat(Map<String, Object> isi, String field) {
    var r = post(org.verifikator(), url(), isi);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return r.getBody().at("/errors/" + field).asText();
  }

  private void tidakAdaYangTertulis() {
    assertThat(jdbc.queryForObject("select penilai_id from skp where id = ?", Long.class, skpId)).isNull();
    assertThat(jdbc.queryForObject("select count(*) from perpindahan_penilai where skp_id = ?", Integer.class, skpId)).isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(rina + "-2024").singleResult().getTaskDefinitionKey())
        .isEqualTo("Task_DetermineAppraiser");
  }

  private String url() { return "/api/skp/" + skpId + "/penilai"; }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) { return post(user, TestOrganisasi.PASSWORD, path, body); }

  private ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
    return http.withBasicAuth(user, password).postForEntity(path, body, JsonNode.class);
  }

}
