package id.kinerjaflow.tpp;

import static id.kinerjaflow.evaluation.Rating.*;
import static id.kinerjaflow.support.Berkas.aliranCsv;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
 * The monthly TPP basis of a Bengkalis Pemda (calendar bengkalis-2024) through the REST API: March 2024 with an employee rated
 * Sangat Baik, one rated Butuh Perbaikan, one who never reported (late), one reported but never rated, and one whose SKP was
 * never set; discipline imported from CSV. Every percentage is checked against {@code tpp-performance.dmn}, evaluated here,
 * and the total against the configured 40/60 weights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-tpp;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class DasarTppBengkalisTest {
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";
  private static DmnEngine dmn;
  private static DmnDecision tppPerformance;

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport organizationImport;
  @Autowired EvaluationService evaluation;

  TestOrganisasi.Org org;
  /** What each employee did in March, the facts tpp-performance decides on (apart from the lock). */
  record Pegawai(String nip, String nama, boolean skpDitetapkan, boolean dilaporkan, Rating hasilKerja, Rating perilaku,
      String predikat, String disiplin) {}
  final Map<String, Pegawai> pegawai = new LinkedHashMap<>();
  final Map<String, Skp> skp = new HashMap<>();

  @BeforeAll
  static void bacaKeputusan() throws IOException {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = DasarTppBengkalisTest.class.getClassLoader().getResourceAsStream("dmn/tpp-performance.dmn")) {
      tppPerformance = dmn.parseDecision("tpp-performance", in);
    }
  }

  @BeforeEach
  void bengkalisMaret2024() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    String awal = org.pegawai().substring(0, 12);
    tambah(new Pegawai(awal + "300011", "Ayu Lestari", true, true, DI_ATAS_EKSPEKTASI, DI_ATAS_EKSPEKTASI, "SANGAT_BAIK", "100"));
    tambah(new Pegawai(awal + "300022", "Bambang Sutejo", true, true, DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI, "BUTUH_PERBAIKAN", "92.5"));
    tambah(new Pegawai(awal + "300033", "Citra Kirana", true, false, null, null, null, "80"));
    tambah(new Pegawai(awal + "300044", "Dedi Kurniawan", true, true, null, null, null, "95"));
    tambah(new Pegawai(awal + "300055", "Eko Prasetyo", false, false, null, null, null, "100"));
    StringBuilder csv = new StringBuilder(JUDUL_PEGAWAI);
    pegawai.values().forEach(p -> csv.append(p.nip()).append(',').append(p.nama()).append(",PNS,Pengadministrasi Umum,PELAKSANA,bidang,false,,true\n"));
    organizationImport.imporPegawai(org.instansi(), aliranCsv(csv.toString()), "uji");
    for (Pegawai p : pegawai.values()) {
      Skp s = skenario.mulai(p.nip(), 2024);
      skp.put(p.nip(), p.skpDitetapkan() ? skenario.rencanaDisetujui(s) : s);
    }
    // January–February locks on 21 March unreported; March ends, its reports open on 1 April.
    jam(LocalDateTime.of(2024, 3, 21, 0, 0));
    jam(LocalDateTime.of(2024, 4, 2, 9, 0));
    for (Pegawai p : pegawai.values()) {
      if (!p.dilaporkan()) continue;
      Skp s = skp.get(p.nip());
      evaluation.lapor(s.getId(), 2, p.nip(), skenario.laporanLengkap(s));
      if (p.hasilKerja() != null) evaluation.nilai(s.getId(), 2, org.penilai(), Skenario.rating(p.hasilKerja(), p.perilaku()));
    }
    StringBuilder disiplin = new StringBuilder("nip,tahun,bulan,persen,keterangan\n");
    pegawai.values().forEach(p -> disiplin.append(p.nip()).append(",2024,3,").append(p.disiplin()).append(",Rekap absensi Maret\n"));
    assertThat(imporDisiplin(org.verifikator(), disiplin.toString()).getBody().get("dibuat").asInt()).isEqualTo(5);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void setiapPersentaseMengikutiTppPerformanceDanBobot40Banding60() throws IOException {
    // Before the March deadline (20 April) the month is provisional: only the rated employees have a performance part.
    JsonNode sementara = tpp(org.verifikator(), 2024, 3, "json").getBody();
    assertThat(sementara.get("sementara").asBoolean()).isTrue();
    assertThat(sementara.get("periode").asText()).isEqualTo("Maret 2024");
    periksaSetiapBaris(sementara, false);
    assertThat(persen(sementara, "Citra Kirana", "persenKinerja")).isNull();

    jam(LocalDateTime.of(2024, 4, 21, 0, 0));

    JsonNode akhir = tpp(org.verifikator(), 2024, 3, "json").getBody();
    assertThat(akhir.get("sementara").asBoolean()).isFalse();
    assertThat(akhir.get("bobot").get("disiplin").decimalValue()).isEqualByComparingTo("40");
    periksaSetiapBaris(akhir, true);
    // What the region's rules give, read as a finance officer would.
    assertThat(persen(akhir, "Ayu Lestari", "persenTotal")).isEqualByComparingTo("100");
    assertThat(persen(akhir, "Citra Kirana", "persenKinerja")).isEqualByComparingTo("0");
    assertThat(persen(akhir, "Citra Kirana", "persenTotal")).isEqualByComparingTo("32");
    assertThat(persen(akhir, "Dedi Kurniawan", "persenKinerja")).isEqualByComparingTo("100");
    assertThat(persen(akhir, "Eko Prasetyo", "persenTotal")).isEqualByComparingTo("40");
    assertThat(baris(akhir, "Eko Prasetyo").get("keteranganKinerja").asText()).contains("SE Bengkalis angka 9");
    assertThat(baris(akhir, "Citra Kirana").get("dilaporkanTepatWaktu").asBoolean()).isFalse();
    assertThat(baris(akhir, "Dedi Kurniawan").get("dinilaiTepatWaktu").asBoolean()).isFalse();
    assertThat(baris(akhir, "Ayu Lestari").get("dinilaiTepatWaktu").asBoolean()).isTrue();

    // The same rows as CSV and as an Excel workbook.
    ResponseEntity<String> csv = http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/tpp?tahun=2024&bulan=3&format=csv", String.class);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("tpp-" + org.instansi() + "-2024-03.csv");
    assertThat(csv.getBody()).startsWith(String.join(",", LembarTpp.JUDUL) + "\n")
        .contains(pegawai.values().iterator().next().nip() + ",Ayu Lestari,Pengadministrasi Umum,Bidang Uji,Maret 2024,DINILAI,ya,ya,SANGAT_BAIK,100.00,"
            + "Predikat periodik Sangat Baik,100.00,100.00,tidak\n");
    ResponseEntity<byte[]> xlsx = http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/tpp?tahun=2024&bulan=3&format=xlsx", byte[].class);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = wb.getSheetAt(0);
      Map<String, Double> totalDiLembar = new HashMap<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 3 && row.getCell(12) != null) totalDiLembar.put(row.getCell(1).getStringCellValue(), row.getCell(12).getNumericCellValue());
      }
      for (JsonNode b : akhir.get("baris")) {
        assertThat(totalDiLembar.get(b.get("nama").asText())).as(b.get("nama").asText()).isEqualTo(b.get("persenTotal").asDouble());
      }
    }
  }

  @Test
  void adminAuditorDanKepalaPerangkatDaerahnyaMembacaPegawaiLainDitolak() {
    assertThat(tpp(org.kepalaDinas(), 2024, 3, "json").getBody().get("baris").size()).isEqualTo(5);
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, "&unit=bidang")).isEqualTo(HttpStatus.OK);
    assertThat(status(org.kepalaDinas(), TestOrganisasi.PASSWORD, "&unit=pemda")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(TestOrganisasi.AUDITOR_DEMO, "demo", "")).isEqualTo(HttpStatus.OK);
    assertThat(status(org.penilai(), TestOrganisasi.PASSWORD, "")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(org.pegawai(), TestOrganisasi.PASSWORD, "")).isEqualTo(HttpStatus.FORBIDDEN);
    TestOrganisasi.Org lain = organisasi.baru("bengkalis-2024", 2024);
    assertThat(status(lain.verifikator(), TestOrganisasi.PASSWORD, "")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(lain.kepalaDinas(), TestOrganisasi.PASSWORD, "")).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void formatYangTidakDikenalDitolakTanpaMenilaiKeputusan() {
    long sebelum = jdbc.queryForObject("select count(*) from act_hi_decinst", Long.class);

    var r = tpp(org.verifikator(), 2024, 3, "pdf");

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().at("/errors/format").asText()).isEqualTo("format 'pdf' tidak dikenal; pilihan: json, csv, xlsx");
    assertThat(jdbc.queryForObject("select count(*) from act_hi_decinst", Long.class)).isEqualTo(sebelum);
  }

  @Test
  void imporDisiplinSemuaAtauTidakSamaSekaliDanBerkasYangSamaTidakMenulisApaPun() {
    String nip = pegawai.keySet().iterator().next();
    long sebelum = jdbc.queryForObject("select count(*) from disiplin_bulanan_aud", Long.class);
    String ulang = "nip,tahun,bulan,persen,keterangan\n" + nip + ",2024,3,100,Rekap absensi Maret\n";
    assertThat(imporDisiplin(org.verifikator(), ulang).getBody().get("tidakBerubah").asInt()).isEqualTo(1);

    var r = imporDisiplin(org.verifikator(), "nip;tahun;bulan;persen\n" + nip + ";2024;3;90,5\n123;2024;3;90\n" + nip
        + ";2024;13;90\n" + nip + ";2024;4;101\n" + nip + ";2024;5;90\n" + nip + ";2024;3;80\n");

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("errors").properties().stream().map(Map.Entry::getKey))
        .containsExactly("baris 3", "baris 4", "baris 5", "baris 6", "baris 7");
    assertThat(r.getBody().at("/errors/baris 3").asText()).isEqualTo("NIP '123' harus 18 digit angka");
    assertThat(r.getBody().at("/errors/baris 4").asText()).isEqualTo("bulan '13' harus angka 1 sampai 12");
    assertThat(r.getBody().at("/errors/baris 5").asText()).isEqualTo("persen 101 lebih dari 100");
    assertThat(r.getBody().at("/errors/baris 6").asText()).isEqualTo("bulan 2024-05 harus antara 2022-01 dan bulan ini (2024-04)");
    assertThat(r.getBody().at("/errors/baris 7").asText()).isEqualTo("NIP " + nip + " bulan 2024-03 sudah ada di baris 2");
    assertThat(r.getBody().get("jumlahGalat").asInt()).isEqualTo(5);
    assertThat(jdbc.queryForObject("select count(*) from disiplin_bulanan_aud", Long.class)).isEqualTo(sebelum);
    assertThat(jdbc.queryForObject("select d.persen from disiplin_bulanan d join pegawai p on p.id = d.pegawai_id where p.nip = ?",
        BigDecimal.class, nip)).isEqualByComparingTo("100");
    assertThat(imporDisiplin(org.penilai(), ulang).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private HttpStatus status(String user, String password, String tambahan) {
    return (HttpStatus) http.withBasicAuth(user, password)
        .getForEntity("/api/instansi/" + org.instansi() + "/tpp?tahun=2024&bulan=3" + tambahan, JsonNode.class).getStatusCode();
  }

  /** Each row's percentages as tpp-performance gives them for the row's facts, and the total with the 40/60 weights. */
  private void periksaSetiapBaris(JsonNode laporan, boolean terkunci) {
    assertThat(laporan.get("baris").size()).isEqualTo(pegawai.size());
    for (JsonNode b : laporan.get("baris")) {
      Pegawai p = pegawai.get(b.get("nip").asText());
      Map<String, Object> fakta = new HashMap<>();
      fakta.put("preset", "bengkalis-2024");
      fakta.put("jenisPeriode", "BULANAN");
      fakta.put("skpDitetapkan", p.skpDitetapkan());
      fakta.put("dilaporkan", p.dilaporkan());
      fakta.put("dinilai", p.predikat() != null);
      fakta.put("terkunci", terkunci);
      fakta.put("predikat", p.predikat());
      DmnDecisionResultEntries diharapkan = dmn.evaluateDecision(tppPerformance, fakta).getSingleResult();
      Number kinerja = (Number) diharapkan.get("persenKinerja");
      BigDecimal disiplin = new BigDecimal(p.disiplin());

      assertThat(b.get("predikat").asText(null)).as(p.nama()).isEqualTo(p.predikat());
      assertThat(b.get("keteranganKinerja").asText()).as(p.nama()).isEqualTo(diharapkan.getEntry("keterangan"));
      assertThat(b.get("persenDisiplin").decimalValue()).as(p.nama()).isEqualByComparingTo(disiplin);
      if (kinerja == null) {
        assertThat(b.get("persenKinerja").isNull()).as(p.nama()).isTrue();
        assertThat(b.get("persenTotal").isNull()).as(p.nama()).isTrue();
        continue;
      }
      BigDecimal k = new BigDecimal(kinerja.toString());
      assertThat(b.get("persenKinerja").decimalValue()).as(p.nama()).isEqualByComparingTo(k);
      assertThat(b.get("persenTotal").decimalValue()).as(p.nama()).isEqualByComparingTo(
          disiplin.multiply(new BigDecimal("0.4")).add(k.multiply(new BigDecimal("0.6"))).setScale(2, RoundingMode.HALF_UP));
      assertThat(b.get("sementara").asBoolean()).isEqualTo(!terkunci);
    }
  }

  private void tambah(Pegawai p) { pegawai.put(p.nip(), p); }

  private void jam(LocalDateTime waktu) { skp.values().forEach(s -> skenario.jam(waktu, s.businessKey())); }

  private static JsonNode baris(JsonNode laporan, String nama) {
    for (JsonNode b : laporan.get("baris")) if (b.get("nama").asText().equals(nama)) return b;
    throw new AssertionError(nama + " tidak ada di laporan");
  }

  private static BigDecimal persen(JsonNode laporan, String nama, String kolom) {
    JsonNode n = baris(laporan, nama).get(kolom);
    return n.isNull() ? null : n.decimalValue();
  }

  private ResponseEntity<JsonNode> tpp(String user, int tahun, int bulan, String format) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD)
        .getForEntity("/api/instansi/" + org.instansi() + "/tpp?tahun=" + tahun + "&bulan=" + bulan + "&format=" + format, JsonNode.class);
  }

  private ResponseEntity<JsonNode> imporDisiplin(String user, String berkas) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD)
        .postForEntity("/api/instansi/" + org.instansi() + "/impor/disiplin", Berkas.csv(berkas), JsonNode.class);
  }
}
