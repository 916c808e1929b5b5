package id.kinerjaflow.pemantauan;

import static id.kinerjaflow.support.Berkas.aliranCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.security.AkunService;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Monitoring ({@code GET /api/pemantauan}) and the calendar's notes, on PostgreSQL: a Bengkalis 2024 Pemda with two dinas on
 * 5 February, after the plan deadline: Budi's plan is set, the verifier's is late; a second dinas has its own head and staff.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
@Import(EmbeddedPostgresConfig.class)
class PemantauanApiTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport impor;
  @Autowired AkunService akun;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  String kadis2, staf2;

  @BeforeEach
  void duaDinas() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    String awal = org.pegawai().substring(0, 12) + "3000";
    kadis2 = awal + "10";
    staf2 = awal + "20";
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\ndinas2,Dinas Kedua,DINAS,pemda\n"), "uji");
    impor.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + kadis2 + ",Kepala Dinas Kedua,PNS,Kepala Dinas Kedua,KEPALA_PERANGKAT_DAERAH,dinas2,true,,true\n"
        + staf2 + ",Sinta Dewi,PNS,Pengadministrasi Umum,PELAKSANA,dinas2,false,,true\n"), "uji");
    akun.setelKataSandi(kadis2, TestOrganisasi.PASSWORD, "uji");
    Skp budi = skenario.mulai(org.pegawai(), 2024);
    skenario.rencanaDisetujui(budi);
    Skp verifikator = skenario.mulai(org.verifikator(), 2024);
    Skp sinta = skenario.mulai(staf2, 2024);
    skenario.jam(LocalDateTime.of(2024, 2, 5, 9, 0), verifikator.businessKey());
    skenario.jalankanTimerJatuhTempo(budi.businessKey());
    skenario.jalankanTimerJatuhTempo(sinta.businessKey());
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void kepalaPerangkatDaerahMelihatPerangkatDaerahnyaDanSiapaTerlambat() {
    JsonNode p = get(org.kepalaDinas(), "/api/pemantauan?tahun=2024").getBody();

    assertThat(p.get("cakupan").toString()).contains("PERANGKAT_DAERAH");
    assertThat(p.get("pegawai").findValuesAsText("nip")).containsExactlyInAnyOrder(org.pegawai(), org.verifikator());
    assertThat(p.get("unitPilihan").findValuesAsText("kode")).contains("dinas", "bidang").doesNotContain("dinas2", "pemda");
    JsonNode budi = baris(p, org.pegawai()), verifikator = baris(p, org.verifikator());
    assertThat(budi.get("rencana").asText()).isEqualTo("DITETAPKAN");
    assertThat(budi.get("terlambat").asBoolean()).isFalse();
    assertThat(budi.at("/periode/0/keadaan").asText()).isEqualTo("BERJALAN");
    assertThat(budi.get("penilaiNama").asText()).isEqualTo("Kepala Bidang Uji");
    assertThat(verifikator.get("rencanaTerlambat").asBoolean()).isTrue();
    assertThat(verifikator.get("terlambat").asBoolean()).isTrue();
    assertThat(verifikator.at("/periode/0/keadaan").asText()).as("no plan set: no period open").isEqualTo("BELUM_DIBUKA");
    assertThat(p.at("/ringkasan/terlambat").asInt()).isEqualTo(1);
    assertThat(p.at("/periode/0/nama").asText()).isEqualTo("Januari–Februari");
    assertThat(p.at("/periode/0/terkunci").asText()).isEqualTo("2024-03-21T00:00:00+07:00");
    assertThat(p.get("terkunciRencana").asText()).isEqualTo("2024-02-01T00:00:00+07:00");
    assertThat(get(org.kepalaDinas(), "/api/pemantauan").getBody().get("tahun").asInt()).as("the clock's year").isEqualTo(2024);

    var unitLain = get(org.kepalaDinas(), "/api/pemantauan?tahun=2024&unit=dinas2");
    assertThat(unitLain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitLain.getBody().get("detail").asText()).contains("tidak berhak memantau unit 'dinas2'");
  }

  @Test
  void penilaiMelihatYangDinilainyaAdminSeluruhInstansi() {
    JsonNode penilai = get(org.penilai(), "/api/pemantauan?tahun=2024").getBody();
    assertThat(penilai.get("cakupan").toString()).isEqualTo("[\"PENILAI\"]");
    assertThat(penilai.get("pegawai").findValuesAsText("nip")).containsExactlyInAnyOrder(org.pegawai(), org.verifikator());

    JsonNode admin = get(org.verifikator(), "/api/pemantauan?tahun=2024").getBody();
    assertThat(admin.get("cakupan").toString()).isEqualTo("[\"INSTANSI\"]");
    assertThat(admin.get("pegawai").findValuesAsText("nip")).containsExactlyInAnyOrder(org.pegawai(), org.verifikator(), staf2);
    JsonNode dinas2 = get(org.verifikator(), "/api/pemantauan?tahun=2024&unit=dinas2").getBody();
    assertThat(dinas2.get("pegawai").findValuesAsText("nip")).containsExactly(staf2);
    assertThat(get(kadis2, "/api/pemantauan?tahun=2024").getBody().get("pegawai").findValuesAsText("nip")).containsExactly(staf2);
  }

  @Test
  void pegawaiBiasaDanAdminInstansiLain403() {
    var pegawai = get(org.pegawai(), "/api/pemantauan?tahun=2024");
    assertThat(pegawai.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pegawai.getBody().get("detail").asText()).startsWith("Pemantauan hanya untuk pejabat penilai dan Kepala Perangkat Daerah");
    TestOrganisasi.Org lain = organisasi.baru("kapuas-2025", 2025);
    assertThat(get(lain.verifikator(), "/api/pemantauan?tahun=2024&instansi=" + org.instansi()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(lain.kepalaDinas(), "/api/pemantauan?tahun=2024&instansi=" + org.instansi()).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/pemantauan?tahun=2024", JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(org.verifikator(), "/api/pemantauan?tahun=2024&unit=tidak-ada").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(org.verifikator(), "/api/pemantauan?tahun=2031").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void kalenderMembawaCatatanPresetSampaiTanggalnyaDiubah() {
    String url = "/api/instansi/" + org.instansi() + "/kalender/2024";
    JsonNode k = get(org.verifikator(), url).getBody();
    assertThat(k.get("catatanBatasRencana").asText()).startsWith("Tafsiran: edaran tidak menyebut tanggal ini");
    assertThat(k.get("terkunciRencana").asText()).isEqualTo("2024-02-01T00:00:00+07:00");
    assertThat(k.get("catatanBatasFinal").isNull()).isTrue();
    assertThat(k.at("/periode/0/catatan").asText()).contains("Januari dan Februari dikelola bersama");
    assertThat(k.at("/periode/1/catatan").isNull()).isTrue();
    assertThat(k.at("/periode/10/terkunci").asText()).isEqualTo("2025-02-01T00:00:00+07:00");
    assertThat(k.at("/periode/10/catatan").asText()).startsWith("Desember bersama penilaian final");
    assertThat(k.get("sumber").asText()).startsWith("SE Sekretaris Daerah Kab. Bengkalis");

    var ubah = post(org.verifikator(), url + "/tenggat", Map.of("jenis", "PERIODE", "urutan", 11, "batas", "2025-01-30",
        "alasan", "SE Sekda 800/99/2024"));
    assertThat(ubah.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(get(org.verifikator(), url).getBody().at("/periode/10/catatan").isNull()).isTrue();
  }

  @Test
  void presetTakDikenal404DanTidakAdaKalenderTertulis() {
    int sebelum = jdbc.queryForObject("select count(*) from kalender", Integer.class);
    var r = post(org.verifikator(), "/api/instansi/" + org.instansi() + "/kalender", Map.of("preset", "tidak-ada", "tahun", 2025));
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(r.getBody().get("detail").asText()).startsWith("Preset kalender 'tidak-ada' tidak dikenal");
    var bukanAdmin = post(org.kepalaDinas(), "/api/instansi/" + org.instansi() + "/kalender", Map.of("preset", "kapuas-2025", "tahun", 2025));
    assertThat(bukanAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from kalender", Integer.class)).isEqualTo(sebelum);
  }

  private static JsonNode baris(JsonNode p, String nip) {
    for (JsonNode b : p.get("pegawai")) if (b.get("nip").asText().equals(nip)) return b;
    throw new AssertionError("tidak ada baris " + nip);
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(path, body, JsonNode.class);
  }
}
