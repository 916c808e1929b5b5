package id.kinerjaflow.kalibrasi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.support.TestOrganisasi;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
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
 * The distribution and the calibration through the REST API on a real PostgreSQL: who reads what, and every refusal writes
 * nothing. Lima Puluh Kota's calendar: the curve binds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
@Import(EmbeddedPostgresConfig.class)
class DistribusiApiPostgresTest {
  @Autowired TestRestTemplate http;
  @Autowired TahunDinilai tahunDinilai;
  @Autowired TestOrganisasi organisasi;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void distribusiDanKalibrasiMelaluiApi() {
    TahunDinilai.Tahun t = tahunDinilai.siapkan("lima-puluh-kota-2024");
    TestOrganisasi.Org org = t.org();
    String distribusi = "/api/instansi/" + org.instansi() + "/distribusi?tahun=2024";

    // Before the organisation's predicate: counts and shares, no range yet.
    JsonNode awal = get(org.verifikator(), distribusi).getBody();
    assertThat(awal.get("kurvaMengikat").asBoolean()).isTrue();
    JsonNode dinasAwal = awal.get("perangkatDaerah").get(0);
    assertThat(dinasAwal.get("nama").asText()).isEqualTo("Dinas Uji");
    assertThat(dinasAwal.get("predikatOrganisasi").isNull()).isTrue();
    assertThat(dinasAwal.get("sesuaiKurva").isNull()).isTrue();
    assertThat(baris(dinasAwal, "BAIK").get("jumlah").asInt()).isEqualTo(3);

    tahunDinilai.predikatOrganisasiDanKalibrasi(t, PredikatOrganisasi.BAIK);

    // The Kepala Dinas reads their perangkat daerah: Baik 100% where at most 70% is allowed, outside the curve.
    JsonNode dinas = get(org.kepalaDinas(), distribusi).getBody().get("perangkatDaerah").get(0);
    assertThat(dinas.get("predikatOrganisasi").asText()).isEqualTo("BAIK");
    assertThat(baris(dinas, "BAIK").get("persen").asDouble()).isEqualTo(100.0);
    assertThat(baris(dinas, "BAIK").get("maksPersen").asDouble()).isEqualTo(70.0);
    assertThat(baris(dinas, "BAIK").get("sesuai").asBoolean()).isFalse();
    assertThat(dinas.get("sesuaiKurva").asBoolean()).isFalse();
    assertThat(dinas.get("pelanggaran").get(0).asText()).startsWith("Baik: 3 dari 3 pegawai (100%)");
    // An employee, and another instansi's admin, may not.
    assertThat(get(org.pegawai(), distribusi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    TestOrganisasi.Org lain = organisasi.baru("bengkalis-2024", 2024);
    assertThat(get(lain.verifikator(), distribusi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The appraiser's rating form reads the unit's distribution; the employee does not.
    long skpBudi = t.skp().get(org.pegawai()).getId();
    assertThat(get(org.penilai(), "/api/skp/" + skpBudi + "/distribusi").getBody().get("jumlahDinilai").asInt()).isEqualTo(3);
    assertThat(get(org.pegawai(), "/api/skp/" + skpBudi + "/distribusi").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    String kalibrasi = "/api/kalibrasi/" + t.dinasId() + "/2024";
    JsonNode lembar = get(org.kepalaDinas(), kalibrasi).getBody();
    assertThat(lembar.get("terbuka").asBoolean()).isTrue();
    assertThat(lembar.get("pegawai").findValuesAsText("nip")).containsExactlyInAnyOrder(org.pegawai(), org.penilai(), org.verifikator());
    assertThat(get(org.pegawai(), kalibrasi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Refusals write nothing: the wrong person, no reason, the same predicate, a confirmation outside the binding curve.
    long skpVerifikator = t.skp().get(org.verifikator()).getId();
    String ubah = kalibrasi + "/skp/" + skpVerifikator + "/predikat";
    int revisi = revisiEvaluasiAkhir();
    assertThat(put(org.penilai(), ubah, Map.of("predikat", "BUTUH_PERBAIKAN", "alasan", "x")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> tanpaAlasan = put(org.kepalaDinas(), ubah, Map.of("predikat", "BUTUH_PERBAIKAN", "alasan", " "));
    assertThat(tanpaAlasan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tanpaAlasan.getBody().get("errors").get("alasan").asText()).isEqualTo("alasan perubahan predikat wajib diisi");
    assertThat(put(org.kepalaDinas(), ubah, Map.of("predikat", "BAIK", "alasan", "tetap")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> ditolak = post(org.kepalaDinas(), kalibrasi + "/konfirmasi");
    assertThat(ditolak.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(ditolak.getBody().get("detail").asText()).contains("Baik: 3 dari 3 pegawai (100%), seharusnya paling banyak 70%",
        "Butuh Perbaikan dan/atau Kurang: 0 dari 3 pegawai (0%), seharusnya paling sedikit 1 orang");
    assertThat(revisiEvaluasiAkhir()).isEqualTo(revisi);
    assertThat(jdbc.queryForObject("select count(*) from kalibrasi_predikat where unit_id = ?", Integer.class, t.dinasId())).isZero();

    // The head changes one predicate with a reason, then confirms.
    ResponseEntity<JsonNode> diubah = put(org.kepalaDinas(), ubah,
        Map.of("predikat", "BUTUH_PERBAIKAN", "alasan", "Target verifikasi triwulan IV tidak tercapai"));
    assertThat(diubah.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(diubah.getBody().get("predikat").asText()).isEqualTo("BUTUH_PERBAIKAN");
    ResponseEntity<JsonNode> konfirmasi = post(org.kepalaDinas(), kalibrasi + "/konfirmasi");
    assertThat(konfirmasi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(konfirmasi.getBody().get("sesuaiKurva").asBoolean()).isTrue();

    // The distribution shows the confirmed calibration; each result shows its predicate final, by the head.
    JsonNode sesudah = get(org.verifikator(), distribusi).getBody().get("perangkatDaerah").get(0);
    assertThat(sesudah.get("sesuaiKurva").asBoolean()).isTrue();
    assertThat(sesudah.get("kalibrasi").get("dikonfirmasiOleh").asText()).isEqualTo(org.kepalaDinas());
    JsonNode hasil = get(org.verifikator(), "/api/skp/" + skpVerifikator + "/hasil").getBody().get("akhir");
    assertThat(hasil.get("predikat").asText()).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(hasil.get("ditetapkanOleh").asText()).isEqualTo(org.kepalaDinas());
    assertThat(hasil.get("ditetapkanPada").isNull()).isFalse();
    assertThat(post(org.kepalaDinas(), kalibrasi + "/konfirmasi").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  private int revisiEvaluasiAkhir() { return jdbc.queryForObject("select count(*) from evaluasi_akhir_aud", Integer.class); }

  private static JsonNode baris(JsonNode pd, String predikat) {
    for (JsonNode b : pd.get("predikat")) if (b.get("predikat").asText().equals(predikat)) return b;
    throw new AssertionError(predikat);
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(path, null, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
