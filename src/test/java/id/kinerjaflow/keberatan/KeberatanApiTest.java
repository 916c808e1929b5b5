package id.kinerjaflow.keberatan;

import static id.kinerjaflow.evaluation.Rating.SESUAI_EKSPEKTASI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.SkpObjectionProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
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
 * The objection through the REST API on a real PostgreSQL, as its people call it: the employee uploads evidence and
 * objects (bad input and late objections refused, nothing written), the appraiser responds, the superior changes the
 * predicate, and each of them, the admins and auditors read it. Bengkalis 2024; the predicate is final on 10 February 2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
@Import(EmbeddedPostgresConfig.class)
class KeberatanApiTest {
  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final String ALASAN = "Target arsip tertata tercapai 95 persen; notulen rapat evaluasi terlampir.";

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired EvaluasiAkhirRepository akhirRepository;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  Skp skp;
  String url;

  @BeforeEach
  void predikatAkhirFinal() {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), skp.businessKey());
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    Skenario.jam(LocalDateTime.of(2025, 2, 10, 10, 0));
    skenario.baca(() -> {
      akhirRepository.findBySkpId(skp.getId()).orElseThrow().tetapkanFinal("admin", ClockUtil.getCurrentTime().toInstant());
      return null;
    });
    runtimeService.startProcessInstanceByKey(SkpObjectionProcess.PROCESS_ID, skp.businessKey(),
        Map.of(Variables.SKP_ID, skp.getId(), Variables.INSTANSI, org.instansi()));
    url = "/api/skp/" + skp.getId() + "/keberatan";
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void keberatanDiajukanDitanggapiDanDiputusLewatApi() {
    // Given: the window is open; the employee reads it, the Bupati (no part of this objection) may not.
    Skenario.jam(LocalDateTime.of(2025, 2, 14, 9, 0));
    JsonNode terbuka = get(org.pegawai(), url).getBody();
    assertThat(terbuka.get("status").asText()).isEqualTo("TERBUKA");
    assertThat(terbuka.get("predikat").asText()).isEqualTo("BAIK");
    assertThat(terbuka.get("batasPengajuan").asText()).isEqualTo("2025-02-24");
    assertThat(terbuka.get("terkunciPada").asText()).isEqualTo("2025-02-25T00:00:00+07:00");
    assertThat(terbuka.get("dapatDiajukan").asBoolean()).isTrue();
    String bupati = org.kepalaDinas().substring(0, 12) + "100011";
    assertThat(get(bupati, url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Bad input is refused with the field, and writes nothing.
    var teks = unggah(org.pegawai(), "catatan.txt", "text/plain", "bukan bukti".getBytes(StandardCharsets.UTF_8));
    assertThat(teks.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(teks.getBody().at("/errors/berkas").asText()).startsWith("isi berkas 'catatan.txt' bertipe text/plain");
    var kosong = post(org.pegawai(), url, Map.of("alasan", " "));
    assertThat(kosong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(kosong.getBody().at("/errors/alasan").asText()).isEqualTo("alasan keberatan wajib diisi");
    assertThat(post(org.penilai(), url, Map.of("alasan", ALASAN)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select status from keberatan where skp_id = ?", String.class, skp.getId())).isEqualTo("TERBUKA");
    assertThat(jdbc.queryForObject("select count(*) from bukti_keberatan", Integer.class)).isZero();

    // When: the employee uploads evidence and objects.
    assertThat(unggah(org.pegawai(), "notulen.pdf", "application/pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var diajukan = post(org.pegawai(), url, Map.of("alasan", ALASAN));

    // Then: the answer names the superior it went to, who decides, and the due dates.
    assertThat(diajukan.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode k = diajukan.getBody();
    assertThat(k.get("status").asText()).isEqualTo("DIAJUKAN");
    assertThat(k.at("/atasan/nip").asText()).isEqualTo(org.kepalaDinas());
    assertThat(k.at("/pemutus/nip").asText()).isEqualTo(org.kepalaDinas());
    assertThat(k.get("alasanTanpaAtasan").isNull()).isTrue();
    assertThat(k.get("batasTanggapan").asText()).isEqualTo("2025-02-21");
    assertThat(k.at("/bukti/0/namaFile").asText()).isEqualTo("notulen.pdf");
    var lagi = post(org.pegawai(), url, Map.of("alasan", ALASAN));
    assertThat(lagi.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(lagi.getBody().get("detail").asText()).isEqualTo("Keberatan atas predikat kinerja 2024 sudah diajukan pada 14 Februari 2025.");

    // The appraiser responds; the superior reads both sides and the evidence, then changes the predicate.
    assertThat(post(org.penilai(), url + "/tanggapan", Map.of("tanggapan", "Arsip tertata diverifikasi 85 persen."))
        .getBody().get("status").asText()).isEqualTo("DITANGGAPI");
    JsonNode dibaca = get(org.kepalaDinas(), url).getBody();
    assertThat(dibaca.get("tanggapan").asText()).isEqualTo("Arsip tertata diverifikasi 85 persen.");
    ResponseEntity<byte[]> berkas = http.withBasicAuth(org.kepalaDinas(), TestOrganisasi.PASSWORD)
        .getForEntity(url + "/bukti/" + dibaca.at("/bukti/0/id").asLong(), byte[].class);
    assertThat(berkas.getBody()).isEqualTo(PDF);
    var tanpaAlasan = post(org.kepalaDinas(), url + "/keputusan", Map.of("keputusan", "DIUBAH", "predikat", "SANGAT_BAIK"));
    assertThat(tanpaAlasan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tanpaAlasan.getBody().at("/errors/alasan").asText()).isEqualTo("alasan keputusan wajib diisi");
    var putus = post(org.kepalaDinas(), url + "/keputusan",
        Map.of("keputusan", "DIUBAH", "predikat", "SANGAT_BAIK", "alasan", "Notulen membuktikan capaian di atas target."));
    assertThat(putus.getStatusCode()).isEqualTo(HttpStatus.OK);

    // Then: final and recorded; the predicate changed, audited old → new with the superior as its author.
    assertThat(putus.getBody().get("status").asText()).isEqualTo("DIPUTUS");
    assertThat(putus.getBody().get("predikat").asText()).isEqualTo("SANGAT_BAIK");
    assertThat(get(org.pegawai(), "/api/skp/" + skp.getId() + "/hasil").getBody().at("/akhir/predikat").asText()).isEqualTo("SANGAT_BAIK");
    assertThat(jdbc.queryForList("select a.predikat || ' oleh ' || r.pengguna from evaluasi_akhir_aud a join revisi r on r.id = a.rev"
        + " where a.skp_id = ? order by a.rev", String.class, skp.getId()))
        .endsWith("BAIK oleh sistem", "SANGAT_BAIK oleh " + org.kepalaDinas());
    JsonNode auditor = get(TestOrganisasi.AUDITOR_DEMO, "demo", url).getBody();
    assertThat(auditor.get("keputusan").asText()).isEqualTo("DIUBAH");
    assertThat(auditor.get("alasanKeputusan").asText()).isEqualTo("Notulen membuktikan capaian di atas target.");
    assertThat(get(org.verifikator(), url).getStatusCode()).as("the instansi's admin").isEqualTo(HttpStatus.OK);
  }

  @Test
  void keberatanSesudahEmpatBelasHariDitolakDenganTanggalnyaTanpaMenulisApaPun() {
    // Given: the morning after the window's last day, before the engine's timer has fired.
    Skenario.jam(LocalDateTime.of(2025, 2, 25, 8, 0));
    int revisi = jdbc.queryForObject("select count(*) from keberatan_aud", Integer.class);
    String pesan = "Masa keberatan atas predikat kinerja 2024 sudah berakhir: batas pengajuan 24 Februari 2025"
        + " (14 hari sejak predikat ditetapkan 10 Februari 2025) telah lewat; predikat berlaku.";

    // When / Then: objecting and uploading evidence are refused with the date, and nothing is written.
    var telat = post(org.pegawai(), url, Map.of("alasan", ALASAN));
    assertThat(telat.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(telat.getBody().get("detail").asText()).isEqualTo(pesan);
    assertThat(unggah(org.pegawai(), "notulen.pdf", "application/pdf", PDF).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(jdbc.queryForMap("select status, alasan from keberatan where skp_id = ?", skp.getId()))
        .containsEntry("status", "TERBUKA").containsEntry("alasan", null);
    assertThat(jdbc.queryForObject("select count(*) from bukti_keberatan", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from keberatan_aud", Integer.class)).isEqualTo(revisi);
    assertThat(get(org.pegawai(), url).getBody().get("dapatDiajukan").asBoolean()).isFalse();

    // The timer closes the window; the refusal stays the same.
    skenario.jalankanTimerJatuhTempo(skp.businessKey());
    assertThat(get(org.pegawai(), url).getBody().get("status").asText()).isEqualTo("TIDAK_DIAJUKAN");
    assertThat(post(org.pegawai(), url, Map.of("alasan", ALASAN)).getBody().get("detail").asText()).isEqualTo(pesan);
  }

  private ResponseEntity<JsonNode> get(String user, String path) { return get(user, TestOrganisasi.PASSWORD, path); }

  private ResponseEntity<JsonNode> get(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> unggah(String user, String nama, String tipe, byte[] isi) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity(url + "/bukti", Berkas.unggah(nama, tipe, isi), JsonNode.class);
  }
}
