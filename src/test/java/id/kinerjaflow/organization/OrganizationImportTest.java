package id.kinerjaflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.support.Berkas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * CSV import of units and employees through the REST API on H2, as a BKPSDM admin. Each test gets a
 * fresh instansi; only {@link #contohTerimporDanImporUlangTidakMenulisApaPun} imports the sample employees
 * (NIPs are unique across instansi), the other tests make their own NIPs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-impor;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class OrganizationImportTest {
  private static final AtomicLong URUT = new AtomicLong();
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";
  private static final List<String> TABEL = List.of("unit_kerja", "jabatan", "pegawai", "unit_kerja_aud", "jabatan_aud",
      "pegawai_aud", "revisi");

  @Autowired TestRestTemplate http;
  @Autowired JdbcTemplate jdbc;

  String instansi;

  @BeforeEach
  void instansiBaru() {
    instansi = "pemda-impor-" + URUT.incrementAndGet();
    var buat = http.withBasicAuth("admin", "admin").postForEntity("/api/instansi", Map.of("kode", instansi, "nama", "Pemda " + instansi), JsonNode.class);
    assertThat(buat.getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void contohTerimporDanImporUlangTidakMenulisApaPun() throws IOException {
    assertThat(impor("unit", contoh("unit")).getBody()).isEqualTo(hasil(11, 11, 0, 0));
    assertThat(impor("pegawai", contoh("pegawai")).getBody()).isEqualTo(hasil(16, 16, 0, 0));
    assertThat(jdbc.queryForObject("select i.kode from unit_kerja u join unit_kerja i on i.id = u.induk_id where u.id = ?",
        String.class, idUnit("dinkes-umum"))).isEqualTo("dinkes-sekretariat");
    assertThat(jdbc.queryForObject("select u.kode from pegawai p join unit_kerja u on u.id = p.plt_unit_id where p.nip = '198106182009042006'",
        String.class)).isEqualTo("pkm-harapan-jaya");
    assertThat(jdbc.queryForObject("select nama from unit_kerja where id = ?", String.class, idUnit("dinkes"))).isEqualTo("Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana");
    assertThat(jdbc.queryForObject("select aktif from pegawai where nip = '196501012000031015'", Boolean.class)).isFalse();

    Map<String, Long> sebelum = jumlahBaris();
    assertThat(impor("unit", contoh("unit")).getBody()).isEqualTo(hasil(11, 0, 0, 11));
    assertThat(impor("pegawai", contoh("pegawai")).getBody()).isEqualTo(hasil(16, 0, 0, 16));
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  @Test
  void namaYangBerubahDiperbaruiDiTempat() throws IOException {
    impor("unit", contoh("unit"));
    String nip = nip();
    impor("pegawai", JUDUL_PEGAWAI + nip + ",Andi Saputra,PNS,Analis Kebijakan,PELAKSANA,setda-pemerintahan,false,,true\n");
    long idDinkes = idUnit("dinkes");
    Map<String, Long> sebelum = jumlahBaris();

    // Semicolons as Excel writes them in an Indonesian locale; the new sub-unit comes before its parent.
    String diubah = contoh("unit").replace("\"Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana\"", "Dinas Kesehatan")
        .replace(',', ';') + "dinkes-farmasi;Seksi Farmasi;DINAS;dinkes-yankes\ndinkes-yankes;Bidang Pelayanan Kesehatan;DINAS;dinkes\n";
    assertThat(impor("unit", diubah).getBody()).isEqualTo(hasil(13, 2, 1, 10));
    assertThat(idUnit("dinkes")).isEqualTo(idDinkes);
    assertThat(jdbc.queryForList("select a.nama from unit_kerja_aud a where a.id = ? and a.revtype = 1", String.class, idDinkes))
        .containsExactly("Dinas Kesehatan");
    assertThat(jdbc.queryForObject("select r.pengguna from unit_kerja_aud a join revisi r on r.id = a.rev where a.id = ? and a.revtype = 1",
        String.class, idDinkes)).isEqualTo("admin");

    var pindah = impor("pegawai", JUDUL_PEGAWAI + nip + ",Andi Saputra S.IP.,PNS,Analis Kebijakan,PELAKSANA,dinkes-yankes,false,,true\n");
    assertThat(pindah.getBody()).isEqualTo(hasil(1, 0, 1, 0));
    assertThat(jdbc.queryForObject("select p.nama || ' @ ' || u.kode from pegawai p join jabatan j on j.id = p.jabatan_id "
        + "join unit_kerja u on u.id = j.unit_id where p.nip = ?", String.class, nip)).isEqualTo("Andi Saputra S.IP. @ dinkes-yankes");

    Map<String, Long> sesudah = jumlahBaris();
    assertThat(sesudah.get("unit_kerja")).isEqualTo(sebelum.get("unit_kerja") + 2);
    assertThat(sesudah.get("pegawai")).isEqualTo(sebelum.get("pegawai"));
    assertThat(sesudah.get("jabatan")).isEqualTo(sebelum.get("jabatan"));
    assertThat(sesudah.get("unit_kerja_aud")).isEqualTo(sebelum.get("unit_kerja_aud") + 3);
    assertThat(sesudah.get("pegawai_aud")).isEqualTo(sebelum.get("pegawai_aud") + 1);
    assertThat(sesudah.get("jabatan_aud")).isEqualTo(sebelum.get("jabatan_aud") + 1);
  }

  @Test
  void unitDemoDapatDiimporUlang() {
    String unit = """
        kode,nama,jenis,kode_induk
        pemda,Pemerintah Kabupaten Bengkalis,PEMDA,
        setda,Sekretariat Daerah,SETDA,pemda
        dinkes,Dinas Kesehatan,DINAS,pemda
        """;
    Map<String, Long> sebelum = jumlahBaris();
    assertThat(impor("demo-bengkalis", "unit", unit).getBody()).isEqualTo(hasil(3, 0, 0, 3));
    assertThat(impor("demo-bengkalis", "pegawai", JUDUL_PEGAWAI
        + "199504042020121004,Siti Aminah,PNS,Pengelola Data Pemerintahan,PELAKSANA,setda-tapem,false,,true\n").getBody())
        .isEqualTo(hasil(1, 0, 0, 1));
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  @Test
  void nipYangSalahDitolak() {
    ditolak("pegawai", JUDUL_PEGAWAI
        + "198001012005011001,Budi,PNS,Staf,PELAKSANA,pemda,false,,true\n"
        + "12345,Ani,PNS,Staf,PELAKSANA,pemda,false,,true\n",
        "baris 3", "NIP '12345' harus 18 digit angka");
  }

  @Test
  void unitIndukYangTidakDikenalDitolak() {
    ditolak("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\ndinas,Dinas,DINAS,tidak-ada\n",
        "baris 3", "unit induk 'tidak-ada' tidak ada di berkas ini maupun di instansi " + instansi);
  }

  @Test
  void unitKerjaPegawaiYangTidakDikenalDitolak() {
    impor("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\n");
    ditolak("pegawai", JUDUL_PEGAWAI + nip() + ",Budi,PNS,Staf,PELAKSANA,dinas-x,false,,true\n",
        "baris 2", "unit_kerja 'dinas-x' bukan kode unit instansi " + instansi + "; impor unitnya lebih dulu");
  }

  @Test
  void nilaiPilihanYangTidakDikenalDitolakDenganDaftarPilihan() {
    ditolak("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMKAB,\n",
        "baris 2", "jenis 'PEMKAB' tidak dikenal; pilihan: PEMDA, SETDA, DINAS, RSUD, KECAMATAN, KELURAHAN, PUSKESMAS, SEKOLAH");
    impor("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\n");
    ditolak("pegawai", JUDUL_PEGAWAI + nip() + ",Budi,PNS,Staf,ESELON_III,pemda,false,,true\n",
        "baris 2", "kelas_jabatan 'ESELON_III' tidak dikenal; pilihan: BUPATI, SEKRETARIS_DAERAH,");
  }

  /** The class split into GURU and TENAGA_KEPENDIDIKAN: a file that still uses the old one is told which to choose. */
  @Test
  void kelasLamaTenagaPendidikKependidikanDitolakDenganDuaKelasBaru() {
    impor("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\nsd,SD Negeri 1,SEKOLAH,pemda\n");
    ditolak("pegawai", JUDUL_PEGAWAI + nip() + ",Tuti,PNS,Tenaga Administrasi Sekolah,TENAGA_PENDIDIK_KEPENDIDIKAN,sd,false,,true\n",
        "baris 2", "kelas_jabatan 'TENAGA_PENDIDIK_KEPENDIDIKAN' sudah dipecah menjadi dua: GURU (guru, dinilai di PMM) atau"
            + " TENAGA_KEPENDIDIKAN (tenaga administrasi sekolah, pengawas sekolah, penilik, korwil pendidikan, pelaksana di sekolah;"
            + " menyusun SKP)");
  }

  @Test
  void kodeGandaDalamBerkasDitolak() {
    ditolak("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\ndinas,Dinas A,DINAS,pemda\ndinas,Dinas B,DINAS,pemda\n",
        "baris 4", "kode 'dinas' sudah dipakai di baris 3");
  }

  @Test
  void nipGandaDalamBerkasDitolak() {
    impor("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\n");
    String nip = nip();
    ditolak("pegawai", JUDUL_PEGAWAI + nip + ",Budi,PNS,Staf,PELAKSANA,pemda,false,,true\n"
        + nip + ",Budi Lagi,PNS,Staf,PELAKSANA,pemda,false,,true\n",
        "baris 3", "NIP " + nip + " sudah ada di baris 2");
  }

  @Test
  void lingkaranUnitIndukDitolak() throws IOException {
    ditolak("unit", "kode,nama,jenis,kode_induk\na,Unit A,DINAS,b\nb,Unit B,DINAS,a\n",
        "baris 2", "unit induk membentuk lingkaran: a → b → a");
    // Through the database: dinkes (stored) would get its own new sub-unit as parent.
    impor("unit", contoh("unit"));
    ditolak("unit", "kode,nama,jenis,kode_induk\nbaru,Unit Baru,DINAS,dinkes-umum\ndinkes,Dinas Kesehatan,DINAS,baru\n",
        "baris 3", "unit induk membentuk lingkaran: dinkes → baru → dinkes-umum → dinkes-sekretariat → dinkes");
  }

  @Test
  void duaKepalaSatuUnitDitolak() {
    impor("unit", "kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\n");
    String nip1 = nip(), nip2 = nip();
    ditolak("pegawai", JUDUL_PEGAWAI + nip1 + ",Bupati Satu,PEJABAT_NEGARA,Bupati,BUPATI,pemda,true,,true\n"
        + nip2 + ",Bupati Dua,PEJABAT_NEGARA,Bupati,BUPATI,pemda,true,,true\n",
        "baris 3", "unit pemda hanya boleh punya satu kepala aktif, sudah ada: " + nip1 + " Bupati Satu (baris 2)");
  }

  @Test
  void kepalaKeduaDihitungBersamaDataTersimpan() {
    ditolak("demo-bengkalis", "pegawai", JUDUL_PEGAWAI + nip() + ",Kepala Baru,PNS,Kepala Dinas Kesehatan,KEPALA_PERANGKAT_DAERAH,dinkes,true,,true\n",
        "baris 2", "unit dinkes hanya boleh punya satu kepala aktif, sudah ada: 197606062001121005 dr. Andi Pratama (sudah tersimpan)");
  }

  @Test
  void kolomWajibYangHilangDitolak() {
    ditolak("unit", "kode,nama,kode_induk\npemda,Pemda,\n",
        "baris 1", "kolom jenis tidak ada di judul; kolom yang diperlukan: kode,nama,jenis,kode_induk");
  }

  @Test
  void berkasKosongDitolak() {
    ditolak("unit", "", "berkas", "berkas kosong");
    ditolak("pegawai", JUDUL_PEGAWAI, "berkas", "berkas tidak berisi data");
  }

  @Test
  void semuaBarisSalahDilaporkanBerurutan() {
    var r = impor("unit", "kode,nama,jenis,kode_induk\npemda,,PEMDA,\nok,Unit,DINAS,pemda\nx y,Unit,KANTOR,\nz,Unit,DINAS\n");
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().get("errors").properties().stream().map(Map.Entry::getKey)).containsExactly("baris 2", "baris 4", "baris 5");
    assertThat(r.getBody().at("/errors/baris 4").asText()).isEqualTo("kode 'x y' hanya boleh berisi huruf, angka, titik, tanda hubung "
        + "dan garis bawah (maksimal 50); jenis 'KANTOR' tidak dikenal; pilihan: PEMDA, SETDA, DINAS, RSUD, KECAMATAN, KELURAHAN, PUSKESMAS, SEKOLAH");
    assertThat(r.getBody().at("/errors/baris 5").asText()).isEqualTo("ada 3 kolom, seharusnya 4 sesuai judul");
    assertThat(idUnitAda("ok")).isFalse();
  }

  @Test
  void hanyaAdmin() {
    var body = Berkas.csv("kode,nama,jenis,kode_induk\npemda,Pemda,PEMDA,\n");
    assertThat(http.withBasicAuth("199504042020121004", "demo").postForEntity("/api/instansi/" + instansi + "/impor/unit", body, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("199504042020121004", "demo").postForEntity("/api/instansi/" + instansi + "/impor/pegawai", body, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(impor("tidak-ada", "unit", "kode,nama,jenis,kode_induk\n").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private void ditolak(String jenis, String csv, String baris, String pesan) { ditolak(instansi, jenis, csv, baris, pesan); }

  /** The file is refused with the line's message, and nothing is written. */
  private void ditolak(String kodeInstansi, String jenis, String csv, String baris, String pesan) {
    Map<String, Long> sebelum = jumlahBaris();
    var r = impor(kodeInstansi, jenis, csv);
    assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(r.getBody().at("/errors").get(baris)).as(r.getBody().toString()).isNotNull();
    assertThat(r.getBody().at("/errors").get(baris).asText()).contains(pesan);
    assertThat(jumlahBaris()).isEqualTo(sebelum);
  }

  private ResponseEntity<JsonNode> impor(String jenis, String csv) { return impor(instansi, jenis, csv); }

  private ResponseEntity<JsonNode> impor(String kodeInstansi, String jenis, String csv) {
    return http.withBasicAuth("admin", "admin")
        .postForEntity("/api/instansi/" + kodeInstansi + "/impor/" + jenis, Berkas.csv(csv), JsonNode.class);
  }

  /** No SKP runs in these instansi, so no appraiser moves. */
  private static JsonNode hasil(int baris, int dibuat, int diubah, int tidakBerubah) {
    return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(Map.of("baris", baris, "dibuat", dibuat, "diubah", diubah,
        "tidakBerubah", tidakBerubah, "penilai", Map.of("dipindahkan", List.of(), "tanpaPenilai", List.of())));
  }

  private static String contoh(String jenis) throws IOException { return Files.readString(Path.of("docs/contoh-" + jenis + ".csv")); }

  private Map<String, Long> jumlahBaris() {
    Map<String, Long> jumlah = new LinkedHashMap<>();
    TABEL.forEach(t -> jumlah.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class)));
    return jumlah;
  }

  private long idUnit(String kode) {
    return jdbc.queryForObject("select u.id from unit_kerja u join instansi i on i.id = u.instansi_id where i.kode = ? and u.kode = ?",
        Long.class, instansi, kode);
  }

  private boolean idUnitAda(String kode) {
    return jdbc.queryForObject("select count(*) from unit_kerja u join instansi i on i.id = u.instansi_id where i.kode = ? and u.kode = ?",
        Long.class, instansi, kode) > 0;
  }

  private static String nip() { return String.format("200001012024%06d", URUT.incrementAndGet()); }
}
