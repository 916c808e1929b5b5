package id.kinerjaflow.predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * PMM final predicates through the REST API on H2: the CSV import by the instansi's BKPSDM admin, and the
 * complete predicate report (SKP and PMM) for its admins and auditors. Each test gets a fresh Pemda from
 * TestOrganisasi with a primary school (head and teacher) and a Puskesmas head added; engine clock 2 January 2025.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-pmm;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PredikatPmmTest {
  private static final String JUDUL = "nip,tahun,predikat,keterangan\n";
  private static final List<String> TABEL = List.of("predikat_pmm", "predikat_pmm_aud", "revisi");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport organizationImport;
  @Autowired EvaluationService evaluation;

  TestOrganisasi.Org org;
  String kepalaSekolah, guru, kepalaPuskesmas;

  @BeforeEach
  void pemdaDenganSekolah() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    String awal = org.pegawai().substring(0, 12);
    kepalaSekolah = awal + "200011";
    guru = awal + "200022";
    kepalaPuskesmas = awal + "200033";
    organizationImport.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nsd,SD Negeri Uji,SEKOLAH,dinas\n"
        + "pkm,Puskesmas Uji,PUSKESMAS,dinas\n"), "uji");
    organizationImport.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + kepalaSekolah + ",Sri Wahyuni,PNS,Kepala SD Negeri Uji,KEPALA_UNIT_KERJA_MANDIRI,sd,true,,true\n"
        + guru + ",Yoga Pratama,PPPK,Guru Kelas,GURU,sd,false,,true\n"
        + kepalaPuskesmas + ",drg. Maya Sari,PNS,Kepala Puskesmas Uji,KEPALA_UNIT_KERJA_MANDIRI,pkm,true,,true\n"), "uji");
    Skenario.jam(LocalDateTime.of(2025, 1, 2, 8, 0));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void contohTerimporDanImporUlangTidakMenulisApaPun() throws IOException {
    String kode = "pemda-pmm-contoh";
    assertThat(http.withBasicAuth("admin", "admin").postForEntity("/api/instansi", Map.of("kode", kode, "nama", "Pemda Contoh PMM"),
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(impor("admin", "admin", kode, "unit", contoh("unit")).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(impor("admin", "admin", kode, "pegawai", contoh("pegawai")).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(impor("admin", "admin", kode, "predikat-pmm", contoh("predikat-pmm")).getBody()).isEqualTo(hasil(3, 3, 0, 0));
    assertThat(jdbc.queryForList("select p.nip || ' ' || m.tahun || ' ' || m.predikat || ' ' || coalesce(m.keterangan, '-') "
        + "from predikat_pmm m join pegawai p on p.id = m.pegawai_id join instansi i on i.id = p.instansi_id where i.kode = ? "
        + "order by p.nip, m.tahun", String.class, kode)).containsExactly(
        "198012122006042013 2024 SANGAT_BAIK Rekap PMM kepala sekolah 2024",
        "199311112019032014 2023 BUTUH_PERBAIKAN Hasil PMM 2023, diimpor ulang",
        "199311112019032014 2024 BAIK -");

    Map<String, Long> sebelum = jumlahBaris();
    assertThat(impor("admin", "admin", kode, "predikat-pmm", contoh("predikat-pmm")).getBody()).isEqualTo(hasil(3, 0, 0, 3));
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  @Test
  void predikatYangBerubahDiperbaruiDenganJejakAudit() {
    assertThat(imporPmm(JUDUL + guru + ",2024,Baik,\n" + kepalaSekolah + ",2024,SANGAT_BAIK,\n").getBody()).isEqualTo(hasil(2, 2, 0, 0));
    long id = jdbc.queryForObject("select m.id from predikat_pmm m join pegawai p on p.id = m.pegawai_id where p.nip = ?", Long.class, guru);

    // Semicolons as Excel writes them in an Indonesian locale; the header in another order, without keterangan.
    var ubah = imporPmm("predikat;NIP;tahun\nbutuh-perbaikan;" + guru + ";2024\nsangat baik;" + kepalaSekolah + ";2024\n");

    assertThat(ubah.getBody()).isEqualTo(hasil(2, 0, 1, 1));
    assertThat(jdbc.queryForList("select a.predikat || ' oleh ' || r.pengguna from predikat_pmm_aud a join revisi r on r.id = a.rev "
        + "where a.id = ? order by a.rev", String.class, id))
        .containsExactly("BAIK oleh " + org.verifikator(), "BUTUH_PERBAIKAN oleh " + org.verifikator());
    assertThat(jdbc.queryForObject("select count(*) from predikat_pmm m join pegawai p on p.id = m.pegawai_id "
        + "join instansi i on i.id = p.instansi_id where i.kode = ?", Long.class, org.instansi())).isEqualTo(2);
  }

  @Test
  void setiapBarisSalahDitolakTanpaMenulisApaPun() {
    String baik = JUDUL + guru + ",2024,BAIK,\n";
    ditolak(baik + "12345,2024,BAIK,\n", "NIP '12345' harus 18 digit angka");
    ditolak(baik + "199401012020122024,2024,BAIK,\n", "NIP 199401012020122024 bukan pegawai instansi " + org.instansi());
    ditolak(baik + org.pegawai() + ",2024,BAIK,\n", "NIP " + org.pegawai() + " (Budi Santoso) tidak dinilai melalui PMM menurut "
        + "aturan assessment-channel (Pegawai selain guru dan kepala sekolah); "
        + "predikatnya berasal dari penilaian akhir SKP");
    ditolak(baik + kepalaPuskesmas + ",2024,BAIK,\n", "tidak dinilai melalui PMM");
    ditolak(baik + kepalaSekolah + ",20x4,BAIK,\n", "tahun '20x4' harus angka tahun, mis. 2025");
    ditolak(baik + kepalaSekolah + ",2021,BAIK,\n", "tahun 2021 harus antara 2022 dan 2025");
    ditolak(baik + kepalaSekolah + ",2026,BAIK,\n", "tahun 2026 harus antara 2022 dan 2025");
    ditolak(baik + kepalaSekolah + ",2024,Luar Biasa,\n",
        "predikat 'Luar Biasa' tidak dikenal; pilihan: SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG");
    ditolak(baik + guru + ",2024,Sangat Baik,\n", "NIP " + guru + " tahun 2024 sudah ada di baris 2");
  }

  @Test
  void semuaBarisSalahDilaporkanSekaligus() {
    Map<String, Long> sebelum = jumlahBaris();
    var r = imporPmm(JUDUL + "123,2024,BAIK,\n" + guru + ",2024,KURANG,\n" + org.pegawai() + ",1999,Hebat,\n" + guru + ",2024,Kurang,\n");

    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("errors").properties().stream().map(Map.Entry::getKey)).containsExactly("baris 2", "baris 4", "baris 5");
    assertThat(r.getBody().at("/errors/baris 4").asText()).contains("tidak dinilai melalui PMM", "tahun 1999 harus antara 2022 dan 2025",
        "predikat 'Hebat' tidak dikenal");
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  @Test
  void hanyaAdminInstansiYangMengimpor() {
    String berkas = JUDUL + guru + ",2024,BAIK,\n";
    TestOrganisasi.Org lain = organisasi.baru("lima-puluh-kota-2024", 2024);
    assertThat(impor(lain.verifikator(), TestOrganisasi.PASSWORD, org.instansi(), "predikat-pmm", berkas).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(impor(TestOrganisasi.AUDITOR_DEMO, "demo", org.instansi(), "predikat-pmm", berkas).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(impor(org.penilai(), TestOrganisasi.PASSWORD, org.instansi(), "predikat-pmm", berkas).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from predikat_pmm m join pegawai p on p.id = m.pegawai_id where p.nip = ?",
        Long.class, guru)).isZero();
  }

  /** The appraiser rates the SKP of the year; the school's predicates come from PMM; the others have none yet. */
  @Test
  void laporanPredikatMenggabungkanSkpDanPmm() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 2, 8, 0), skp.businessKey());
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    imporPmm(JUDUL + kepalaSekolah + ",2024,Sangat Baik,Rekap PMM 2024\n" + guru + ",2023,Baik,\n");

    String laporan = "/api/instansi/" + org.instansi() + "/predikat?tahun=2024";
    JsonNode baris = http.withBasicAuth(TestOrganisasi.AUDITOR_DEMO, "demo").getForEntity(laporan, JsonNode.class).getBody();

    assertThat(StreamSupport.stream(baris.spliterator(), false).map(b -> tuple(b.get("nip").asText(), b.get("predikat").asText(null),
        b.get("sumber").asText(null), b.get("status").asText(), b.get("keterangan").asText(null)))).containsExactlyInAnyOrder(
        tuple(org.kepalaDinas(), null, null, "BELUM_ADA", null),
        tuple(org.penilai(), null, null, "BELUM_ADA", null),
        tuple(org.pegawai(), "BAIK", "SKP", "ADA", null),
        tuple(org.verifikator(), null, null, "BELUM_ADA", null),
        tuple(kepalaSekolah, "SANGAT_BAIK", "PMM", "ADA", "Rekap PMM 2024"),
        tuple(guru, null, null, "BELUM_ADA", null),
        tuple(kepalaPuskesmas, null, null, "BELUM_ADA", null));
    assertThat(baris.findValuesAsText("nama")).contains("Budi Santoso", "Sri Wahyuni");
    assertThat(baris.findValuesAsText("unitKerja")).contains("SD Negeri Uji");

    assertThat(http.withBasicAuth(org.verifikator(), TestOrganisasi.PASSWORD).getForEntity(laporan, JsonNode.class).getBody())
        .isEqualTo(baris);
    TestOrganisasi.Org lain = organisasi.baru("lima-puluh-kota-2024", 2024);
    assertThat(http.withBasicAuth(lain.verifikator(), TestOrganisasi.PASSWORD).getForEntity(laporan, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).getForEntity(laporan, JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** The file is refused at its third line with the message, and nothing is written. */
  private void ditolak(String berkas, String pesan) {
    Map<String, Long> sebelum = jumlahBaris();
    var r = imporPmm(berkas);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("errors").properties().stream().map(Map.Entry::getKey)).as(r.getBody().toString()).containsExactly("baris 3");
    assertThat(r.getBody().at("/errors/baris 3").asText()).contains(pesan);
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  private ResponseEntity<JsonNode> imporPmm(String berkas) {
    return impor(org.verifikator(), TestOrganisasi.PASSWORD, org.instansi(), "predikat-pmm", berkas);
  }

  private ResponseEntity<JsonNode> impor(String user, String password, String kode, String jenis, String berkas) {
    return http.withBasicAuth(user, password).postForEntity("/api/instansi/" + kode + "/impor/" + jenis, Berkas.csv(berkas), JsonNode.class);
  }

  private static JsonNode hasil(int baris, int dibuat, int diubah, int tidakBerubah) {
    return new ObjectMapper().valueToTree(Map.of("baris", baris, "dibuat", dibuat, "diubah", diubah, "tidakBerubah", tidakBerubah));
  }


  private static String contoh(String jenis) throws IOException { return Files.readString(Path.of("docs/contoh-" + jenis + ".csv")); }

  private Map<String, Long> jumlahBaris() {
    Map<String, Long> jumlah = new LinkedHashMap<>();
    TABEL.forEach(t -> jumlah.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
    return jumlah;
  }
}
