package id.kinerjaflow.pembinaan;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluasiAkhirRepository;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.predicate.ImporPredikatPmm;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Coaching through the REST API and the reports that follow, on a Lima Puluh Kota Pemda (quarterly, lima-puluh-kota-2024):
 * Budi's first quarter is rated Butuh Perbaikan, so his appraiser records a coaching; the instansi reports it per period to
 * the Bupati through the Sekda. At the year's end the reward and sanction lists: Eko never set his SKP, a teacher is Kurang
 * two years running in PMM, Budi is Sangat Baik (made final), the BKPSDM verifier is Baik but not final yet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-pembinaan;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PembinaanApiTest {
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport organizationImport;
  @Autowired ImporPredikatPmm imporPmm;
  @Autowired EvaluationService evaluation;
  @Autowired EvaluasiAkhirRepository akhirRepository;

  TestOrganisasi.Org org;
  String eko, guru;
  Skp budi, verifikator;
  final List<Skp> semua = new ArrayList<>();
  long pembinaanId;

  @BeforeEach
  void triwulanPertamaButuhPerbaikan() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    String awal = org.pegawai().substring(0, 12);
    eko = awal + "300011";
    guru = awal + "300022";
    organizationImport.imporPegawai(org.instansi(), aliran(JUDUL_PEGAWAI
        + eko + ",Eko Prasetyo,PNS,Pengadministrasi Umum,PELAKSANA,bidang,false,,true\n"
        + guru + ",Sri Wahyuni,PNS,Guru Ahli Pertama,GURU,bidang,false,,true\n"), "uji");
    budi = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    verifikator = skenario.rencanaDisetujui(skenario.mulai(org.verifikator(), 2024));
    semua.addAll(List.of(budi, verifikator, skenario.mulai(eko, 2024)));
    jam(LocalDateTime.of(2024, 4, 2, 9, 0)); // Eko's plan was not set by 31 January; the first quarter's reports are open
    evaluation.lapor(budi.getId(), 1, org.pegawai(), skenario.laporanLengkap(budi));
    evaluation.nilai(budi.getId(), 1, org.penilai(), Skenario.rating(DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI));
    pembinaanId = jdbc.queryForObject("select id from pembinaan_kinerja where skp_id = ?", Long.class, budi.getId());
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void penilaiMencatatBimbinganDanInstansiMelaporkannyaPerPeriode() {
    JsonNode dibaca = baca(org.pegawai(), "/api/pembinaan/" + pembinaanId).getBody();
    assertThat(dibaca.get("jenis").asText()).isEqualTo("BIMBINGAN");
    assertThat(dibaca.get("batas").asText()).isEqualTo("2024-07-31");
    long audit = jdbc.queryForObject("select count(*) from pembinaan_kinerja_aud", Long.class);

    // Refused, nothing written: the employee; a date after today and empty fields
    assertThat(catat(org.pegawai(), Map.of("tanggal", "2024-04-02", "pembahasan", "a", "tindakan", "b")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> salah = catat(org.penilai(), Map.of("tanggal", "2024-04-03", "pembahasan", " "));
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().get("errors").properties().stream().map(Map.Entry::getKey)).containsExactly("tanggal", "pembahasan", "tindakan");
    assertThat(salah.getBody().at("/errors/tanggal").asText()).isEqualTo("tanggal tidak boleh sesudah hari ini (2 April 2024)");
    assertThat(jdbc.queryForObject("select count(*) from pembinaan_kinerja_aud", Long.class)).isEqualTo(audit);
    assertThat(jdbc.queryForObject("select status from pembinaan_kinerja where id = ?", String.class, pembinaanId)).isEqualTo("TERBUKA");

    // The appraiser records it; the task is done, a second record is refused
    ResponseEntity<JsonNode> dicatat = catat(org.penilai(), Map.of("tanggal", "2024-04-02",
        "pembahasan", "Target \"laporan\", belum tercapai", "tindakan", "=Laporan mingguan kepada atasan"));
    assertThat(dicatat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dicatat.getBody().get("status").asText()).isEqualTo("SELESAI");
    assertThat(jdbc.queryForObject("select count(*) from act_ru_task where proc_inst_id_ in (select proc_inst_id_ from act_ru_variable"
        + " where name_ = 'pembinaanId' and long_ = ?)", Long.class, pembinaanId)).isZero();
    assertThat(catat(org.penilai(), Map.of("tanggal", "2024-04-02", "pembahasan", "a", "tindakan", "b")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // The report per period, as JSON and CSV
    JsonNode laporan = baca(org.verifikator(), "/api/instansi/" + org.instansi() + "/pembinaan?tahun=2024").getBody();
    assertThat(laporan.get("periode").size()).isEqualTo(4);
    JsonNode tw1 = laporan.get("periode").get(0);
    assertThat(tw1.get("jumlahBimbingan").asInt()).isEqualTo(1);
    assertThat(tw1.get("jumlahKonseling").asInt()).isZero();
    assertThat(tw1.at("/pembinaan/0/nip").asText()).isEqualTo(org.pegawai());
    assertThat(tw1.at("/pembinaan/0/predikat").asText()).isEqualTo("BUTUH_PERBAIKAN");
    assertThat(tw1.at("/pembinaan/0/tindakan").asText()).isEqualTo("=Laporan mingguan kepada atasan");
    assertThat(laporan.at("/periode/1/pembinaan").size()).isZero();
    ResponseEntity<String> csv = http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/pembinaan?tahun=2024&format=csv", String.class);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("pembinaan-" + org.instansi() + "-2024.csv");
    String[] baris = csv.getBody().split("\n");
    assertThat(baris[0]).isEqualTo(String.join(",", PembinaanController.JUDUL_CSV));
    assertThat(baris).hasSize(2);
    assertThat(baris[1]).startsWith("1,Triwulan I 2024," + org.pegawai() + ",Budi Santoso,")
        .contains(",BIMBINGAN,BUTUH_PERBAIKAN,,SELESAI,2024-07-31,2024-04-02,\"Target \"\"laporan\"\", belum tercapai\",'=Laporan mingguan");
  }

  @Test
  void laporanPembinaanHanyaUntukYangBerhak() {
    String url = "/api/instansi/" + org.instansi() + "/pembinaan?tahun=2024";
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, url)).isEqualTo(HttpStatus.OK);
    assertThat(status(TestOrganisasi.AUDITOR_DEMO, "demo", url)).isEqualTo(HttpStatus.OK);
    assertThat(status(org.penilai(), TestOrganisasi.PASSWORD, url)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(org.pegawai(), TestOrganisasi.PASSWORD, url)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(organisasi.baru("lima-puluh-kota-2024", 2024).verifikator(), TestOrganisasi.PASSWORD, url)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(org.verifikator(), TestOrganisasi.PASSWORD, url + "&format=pdf")).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status(org.verifikator(), TestOrganisasi.PASSWORD, "/api/instansi/" + org.instansi() + "/pembinaan?tahun=2030"))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, "/api/pembinaan/" + pembinaanId)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void daftarPenghargaanDanSanksiDariPredikatFinal() throws IOException {
    jam(LocalDateTime.of(2025, 1, 6, 9, 0));
    evaluation.nilaiAkhir(budi.getId(), org.penilai(), Skenario.rating(DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI));
    evaluation.nilaiAkhir(verifikator.getId(), org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    skenario.baca(() -> { // what the calibration does once it is done (another feature): Budi's predicate is final
      akhirRepository.findBySkpId(budi.getId()).orElseThrow().tetapkanFinal("uji", Instant.now());
      return null;
    });
    imporPmm.impor(org.instansi(), aliran("nip,tahun,predikat\n" + guru + ",2023,KURANG\n" + guru + ",2024,SANGAT_KURANG\n"));

    JsonNode l = baca(org.verifikator(), "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024").getBody();

    assertThat(l.get("belumFinal").asInt()).isEqualTo(1);
    List<String> baris = new ArrayList<>();
    l.get("baris").forEach(b -> baris.add(b.get("daftar").asText() + " " + b.get("nama").asText() + " " + b.get("predikat").asText()));
    assertThat(baris).containsExactly("HUKUMAN_DISIPLIN Eko Prasetyo null", "PREDIKAT_KURANG Sri Wahyuni SANGAT_KURANG",
        "DUA_TAHUN_DI_BAWAH_EKSPEKTASI Sri Wahyuni SANGAT_KURANG", "PENGHARGAAN Budi Santoso SANGAT_BAIK");
    assertThat(l.at("/jumlah/PENGHARGAAN").asInt()).isEqualTo(1);
    JsonNode penghargaan = baca(org.verifikator(), "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024&daftar=penghargaan").getBody();
    assertThat(penghargaan.get("baris").size()).isEqualTo(1);
    assertThat(penghargaan.at("/baris/0/sumber").asText()).isEqualTo("SKP");

    ResponseEntity<String> csv = http.withBasicAuth(TestOrganisasi.AUDITOR_DEMO, "demo")
        .getForEntity("/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024&daftar=HUKUMAN_DISIPLIN&format=csv", String.class);
    assertThat(csv.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("tindak-lanjut-" + org.instansi() + "-2024-hukuman_disiplin.csv");
    assertThat(csv.getBody()).isEqualTo("daftar,nip,nama,jabatan,unit_kerja,predikat,sumber,predikat_tahun_lalu,skp_tepat_waktu,keterangan\n"
        + "HUKUMAN_DISIPLIN," + eko + ",Eko Prasetyo,Pengadministrasi Umum,Bidang Uji,,,,false,"
        + "SKP tidak ditetapkan sampai batas penetapan rencana\n");

    // Refused before any decision is evaluated (each evaluation is written to the history)
    long keputusan = jdbc.queryForObject("select count(*) from act_hi_decinst", Long.class);
    ResponseEntity<JsonNode> salah = baca(org.verifikator(), "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024&daftar=teguran");
    assertThat(salah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(salah.getBody().at("/errors/daftar").asText()).startsWith("daftar 'teguran' tidak dikenal; pilihan: HUKUMAN_DISIPLIN,");
    assertThat(status(org.verifikator(), TestOrganisasi.PASSWORD, "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2019"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(status(org.verifikator(), TestOrganisasi.PASSWORD, "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024&format=xlsx"))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_decinst", Long.class)).isEqualTo(keputusan);
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024"))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(org.pegawai(), TestOrganisasi.PASSWORD, "/api/instansi/" + org.instansi() + "/tindak-lanjut?tahun=2024"))
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  private void jam(LocalDateTime waktu) { semua.forEach(s -> skenario.jam(waktu, s.businessKey())); }

  private static ByteArrayInputStream aliran(String isi) { return new ByteArrayInputStream(isi.getBytes(StandardCharsets.UTF_8)); }

  private ResponseEntity<JsonNode> catat(String user, Map<String, String> isi) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).postForEntity("/api/pembinaan/" + pembinaanId, isi, JsonNode.class);
  }

  private ResponseEntity<JsonNode> baca(String user, String url) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).getForEntity(url, JsonNode.class);
  }

  private HttpStatus status(String user, String password, String url) {
    return (HttpStatus) http.withBasicAuth(user, password).getForEntity(url, String.class).getStatusCode();
  }
}
