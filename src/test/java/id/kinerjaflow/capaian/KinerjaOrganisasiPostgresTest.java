package id.kinerjaflow.capaian;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.process.OrganizationPerformanceProcess;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The organisation's performance API on a real PostgreSQL: every refusal answers 4xx with an Indonesian message and writes
 * nothing (no report, predicate, appointment or process). Lima Puluh Kota 2024: Q1's report opens 1 April, due 10 April.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
@Import(EmbeddedPostgresConfig.class)
class KinerjaOrganisasiPostgresTest {
  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  String mulai;
  String dinas;

  @BeforeEach
  void pemdaUji() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    mulai = "/api/instansi/" + org.instansi() + "/kinerja-organisasi?tahun=2024";
    dinas = "/api/kinerja-organisasi/" + org.instansi() + "/dinas/2024";
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void mulaiHanyaOlehAdminDanSekaliSaja() {
    assertThat(post(org.kepalaDinas(), mulai, Map.of()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var tanpaKalender = post(org.verifikator(), "/api/instansi/" + org.instansi() + "/kinerja-organisasi?tahun=2025", Map.of());
    assertThat(tanpaKalender.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(tanpaKalender.getBody().get("detail").asText()).contains("belum memiliki kalender kinerja tahun 2025");
    assertThat(post(org.verifikator(), "/api/instansi/" + org.instansi() + "/kinerja-organisasi?tahun=1999", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(proses()).isZero();

    var pertama = post(org.verifikator(), mulai, Map.of());
    assertThat(pertama.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(pertama.getBody().get("perangkatDaerah").get(0).get("unitKode").asText()).isEqualTo("dinas");
    assertThat(post(org.verifikator(), mulai, Map.of()).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(proses()).isEqualTo(1);
  }

  @Test
  void laporanDitolakTanpaMenulis() {
    post(org.verifikator(), mulai, Map.of());
    String laporan = dinas + "/capaian/1";
    Map<String, Object> isi = Map.of("persenCapaian", 90, "uraian", "IKU 1 tercapai 90%");

    var belumDibuka = post(org.kepalaDinas(), laporan, isi);
    assertThat(belumDibuka.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(belumDibuka.getBody().get("detail").asText()).contains("dibuka mulai 1 April 2024");

    skenario.jam(LocalDateTime.of(2024, 4, 2, 9, 0), bk());
    var salah = post(org.kepalaDinas(), laporan, Map.of("persenCapaian", -1, "uraian", " "));
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().get("errors").get("persenCapaian").asText()).isEqualTo("persen capaian minimal 0");
    assertThat(salah.getBody().get("errors").has("uraian")).isTrue();
    assertThat(post(org.penilai(), laporan, isi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(org.kepalaDinas(), dinas + "/capaian/9", isi).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(post(org.kepalaDinas(), "/api/kinerja-organisasi/" + org.instansi() + "/bidang/2024/capaian/1", isi).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    skenario.jam(LocalDateTime.of(2024, 4, 11, 0, 0), bk());
    var terkunci = post(org.kepalaDinas(), laporan, isi);
    assertThat(terkunci.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(terkunci.getBody().get("detail").asText())
        .isEqualTo("Laporan capaian kinerja organisasi Triwulan I 2024 sudah terkunci: batas waktu 10 April 2024 telah lewat.");
    assertThat(jdbc.queryForObject("select count(*) from capaian_organisasi", Integer.class)).isZero();

    // The status shows it locked to the Kepala Dinas and the admin; an employee of the Dinas may not read it.
    JsonNode status = get(org.kepalaDinas(), "/api/instansi/" + org.instansi() + "/kinerja-organisasi?tahun=2024").getBody();
    assertThat(status.get(0).get("laporan").get(0).get("status").asText()).isEqualTo("TERKUNCI");
    assertThat(get(org.verifikator(), dinas).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(org.pegawai(), dinas).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(org.pegawai(), "/api/instansi/" + org.instansi() + "/kinerja-organisasi?tahun=2024").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void predikatDanPenetapDitolakTanpaMenulis() {
    post(org.verifikator(), mulai, Map.of());
    String bupati = jdbc.queryForObject("select p.nip from pegawai p join jabatan j on j.id = p.jabatan_id join unit_kerja u on u.id = j.unit_id"
        + " join instansi i on i.id = u.instansi_id where i.kode = ? and j.kelas = 'BUPATI'", String.class, org.instansi());

    assertThat(post(bupati, dinas + "/predikat", Map.of("predikat", "SANGAT_BAIK", "alasan", "x")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(post(bupati, dinas + "/predikat", Map.of("predikat", "BAIK", "alasan", "")).getBody().get("errors").has("alasan")).isTrue();
    var belumWaktunya = post(bupati, dinas + "/predikat", Map.of("predikat", "BAIK", "alasan", "capaian sesuai target"));
    assertThat(belumWaktunya.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(belumWaktunya.getBody().get("detail").asText()).contains("setelah laporan capaian kinerja organisasi tahunan")
        .contains("10 Januari 2025");
    assertThat(post(org.kepalaDinas(), dinas + "/predikat", Map.of("predikat", "BAIK", "alasan", "sendiri")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(bupati, "/api/kinerja-organisasi/" + org.instansi() + "/bidang/2024/predikat",
        Map.of("predikat", "BAIK", "alasan", "bukan kepala dinas")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from predikat_organisasi", Integer.class)).isZero();

    String penetap = "/api/instansi/" + org.instansi() + "/penetap-predikat-organisasi";
    assertThat(put(org.kepalaDinas(), penetap, Map.of("nip", org.kepalaDinas(), "keterangan", "SK")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var bukanPegawai = put(org.verifikator(), penetap, Map.of("nip", "199901012020011999", "keterangan", "SK"));
    assertThat(bukanPegawai.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bukanPegawai.getBody().get("errors").get("nip").asText()).contains("bukan pegawai aktif");
    assertThat(put(org.verifikator(), penetap, Map.of("nip", "123", "keterangan", "")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from penetap_predikat_organisasi", Integer.class)).isZero();
    assertThat(get(org.verifikator(), penetap).getBody().get("bupati").get("nip").asText()).isEqualTo(bupati);
  }

  @Test
  void tenggatCapaianDipindahDenganAlasan() {
    String tenggat = "/api/instansi/" + org.instansi() + "/kalender/2024/tenggat";
    var sebelumDibuka = post(org.verifikator(), tenggat, Map.of("jenis", "CAPAIAN_ORGANISASI", "urutan", 1, "batas", "2024-03-20", "alasan", "SE"));
    assertThat(sebelumDibuka.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(sebelumDibuka.getBody().get("errors").get("batas").asText()).contains("tidak boleh sebelum laporannya dibuka (1 April 2024)");
    assertThat(post(org.verifikator(), tenggat, Map.of("jenis", "CAPAIAN_ORGANISASI", "batas", "2024-04-15", "alasan", "SE"))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from perubahan_tenggat t join kalender k on k.id = t.kalender_id join instansi i"
        + " on i.id = k.instansi_id where i.kode = ?", Integer.class, org.instansi())).isZero();

    var dipindah = post(org.verifikator(), tenggat, Map.of("jenis", "CAPAIAN_ORGANISASI", "urutan", 1, "batas", "2024-04-15", "alasan", "SE No. 5"));
    assertThat(dipindah.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(get(org.verifikator(), "/api/instansi/" + org.instansi() + "/kalender/2024").getBody().get("capaianOrganisasi").get(0)
        .get("batas").asText()).isEqualTo("2024-04-15");
  }

  private String bk() { return OrganizationPerformanceProcess.businessKey(org.instansi(), "dinas", 2024); }

  private Integer proses() {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where business_key_ = ?", Integer.class, bk());
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
