package id.kinerjaflow.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.TestOrganisasi;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One ASN's year driven through the REST API as the real users would, on the database the subclass
 * brings. Lima Puluh Kota 2024 calendar: four quarters, final by 31 January 2025.
 */
abstract class ApiFlowTest {
  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "admin";

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired JdbcTemplate jdbc;
  @Autowired HistoryService historyService;

  TestOrganisasi.Org org;

  @BeforeEach
  void pemdaUji() {
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void tanpaLoginDitolak401() {
    assertThat(http.getForEntity("/api/kalender/preset", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(org.pegawai(), "salah").getForEntity("/api/kalender/preset", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** The indexes Camunda lacks are there, on tables the engine made after the domain's migrations ran (db/mesin). */
  @Test
  void indeksMesinDibuatSesudahMesinMembuatTabelnya() {
    assertThat(indeks("act_ru_task")).contains("kf_idx_task_parent");
    assertThat(indeks("act_ru_authorization")).contains("kf_idx_auth_user", "act_idx_auth_group_id");
  }

  private List<String> indeks(String tabel) {
    return jdbc.execute((ConnectionCallback<List<String>>) c -> {
      DatabaseMetaData meta = c.getMetaData();
      List<String> nama = new ArrayList<>();
      try (ResultSet rs = meta.getIndexInfo(null, null, meta.storesUpperCaseIdentifiers() ? tabel.toUpperCase() : tabel, false, true)) {
        while (rs.next()) if (rs.getString("INDEX_NAME") != null) nama.add(rs.getString("INDEX_NAME").toLowerCase());
      }
      return nama;
    });
  }

  /** Two instansi with different presets side by side: each one's admin sees and changes only its own. */
  @Test
  void duaInstansiTidakSalingMelihat() {
    TestOrganisasi.Org kapuas = organisasi.baru("kapuas-2025", 2025);
    long skpKapuas = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", kapuas.pegawai(), "tahun", 2025)).getBody().get("skpId").asLong();
    String adminA = org.verifikator();

    assertThat(get(adminA, "/api/instansi/" + kapuas.instansi() + "/skp-terlambat?tahun=2025").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(adminA, "/api/instansi/" + kapuas.instansi() + "/kalender/2025").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(adminA, "/api/skp/" + skpKapuas + "/rencana").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(adminA, "/api/skp/" + skpKapuas + "/hasil").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(adminA, "/api/instansi/" + kapuas.instansi() + "/kalender/2025/tenggat",
        Map.of("jenis", "FINAL", "batas", "2026-02-14", "alasan", "x")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(adminA, "/api/instansi/" + kapuas.instansi() + "/siklus", Map.of("tahun", 2025)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var pegawaiLain = post(adminA, "/api/siklus", Map.of("nip", kapuas.penilai(), "tahun", 2025));
    assertThat(pegawaiLain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(pegawaiLain.getBody().get("detail").asText()).isEqualTo("Pegawai " + kapuas.penilai() + " bukan pegawai instansi yang Anda kelola.");
    assertThat(post(adminA, "/api/instansi", Map.of("kode", "baru-" + org.instansi(), "nama", "Baru")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ?",
        Integer.class, kapuas.penilai())).isZero();
    String prosesKapuas = "/engine-rest/process-instance?businessKey=" + kapuas.pegawai() + "-2025";
    assertThat(get(adminA, prosesKapuas).getBody()).as("Cockpit and engine REST show another instansi nothing").isEmpty();
    assertThat(get(adminA, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + kapuas.pegawai() + "-2025").getBody())
        .isEmpty();

    // Its own instansi works as before; the auditor reads both and changes neither.
    assertThat(post(adminA, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(get(adminA, "/api/instansi/" + org.instansi() + "/skp-terlambat?tahun=2024").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(TestOrganisasi.AUDITOR_DEMO, "demo", "/api/skp/" + skpKapuas + "/rencana").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(TestOrganisasi.AUDITOR_DEMO, "demo", prosesKapuas).getBody()).isNotEmpty();
    assertThat(get(TestOrganisasi.AUDITOR_DEMO, "demo", "/api/instansi/" + kapuas.instansi() + "/skp-terlambat?tahun=2025").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post(TestOrganisasi.AUDITOR_DEMO, "demo", "/api/siklus", Map.of("nip", kapuas.penilai(), "tahun", 2025)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  /** Verifying targets is for the BKPSDM admins of the employee's own instansi. */
  @Test
  void verifikasiTargetHanyaOlehAdminInstansiSendiri() {
    long skpId = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getBody().get("skpId").asLong();
    String url = "/api/skp/" + skpId + "/rencana/verifikasi";

    var adminLain = post(ADMIN, ADMIN_PASSWORD, url, Map.of("diterima", true));
    assertThat(adminLain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(adminLain.getBody().get("detail").asText()).startsWith("Hanya admin BKPSDM Pemda Uji");
    assertThat(post(org.pegawai(), url, Map.of("diterima", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var belumWaktunya = post(org.verifikator(), url, Map.of("diterima", true));
    assertThat(belumWaktunya.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(belumWaktunya.getBody().get("detail").asText()).isEqualTo("Target SKP 2024 tidak sedang menunggu verifikasi.");
  }

  /** BKPSDM moves Q1's deadline by a new circular; bad requests change nothing, and the change is on record. */
  @Test
  void perubahanTenggatLewatApi() {
    String url = "/api/instansi/" + org.instansi() + "/kalender/2024/tenggat";
    String kalender = "/api/instansi/" + org.instansi() + "/kalender/2024";
    Map<String, Object> perpanjang = Map.of("jenis", "PERIODE", "urutan", 1, "batas", "2024-05-07", "alasan", "SE Bupati No. 800/12/2024");

    assertThat(post(org.pegawai(), url, perpanjang).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 1, "batas", "2024-05-07")).getBody()
        .at("/errors/alasan").asText()).isEqualTo("alasan wajib diisi, misalnya nomor dan tanggal surat edaran");
    assertThat(post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 1, "batas", "2024-01-04", "alasan", "x")).getBody()
        .at("/errors/batas").asText()).isEqualTo("tanggal 4 Januari 2024 sudah lewat; pilih tanggal yang akan datang");
    assertThat(post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 1, "batasLaporan", "2024-05-10",
        "batas", "2024-05-07", "alasan", "x")).getBody().at("/errors/batasLaporan").asText())
        .isEqualTo("batas pelaporan 10 Mei 2024 tidak boleh sesudah batas penilaian 7 Mei 2024");
    var periodeTakAda = post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 9, "batas", "2024-05-07", "alasan", "x"));
    assertThat(periodeTakAda.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(periodeTakAda.getBody().get("detail").asText()).isEqualTo("Kalender 2024 tidak memiliki periode ke-9.");
    assertThat(get(ADMIN, ADMIN_PASSWORD, kalender).getBody().at("/periode/0/batas").asText()).isEqualTo("2024-04-30");
    assertThat(get(ADMIN, ADMIN_PASSWORD, url).getBody()).isEmpty();

    var diubah = post(ADMIN, ADMIN_PASSWORD, url, perpanjang);
    assertThat(diubah.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(diubah.getBody().get("batasLama").asText()).isEqualTo("2024-04-30");
    assertThat(diubah.getBody().get("oleh").asText()).isEqualTo(ADMIN);
    // The running processes are recalculated in the background: the answer names that work, readable on its own.
    String latar = "/api/instansi/" + org.instansi() + "/pekerjaan-latar/" + diubah.getBody().at("/pekerjaanLatar/id").asLong();
    assertThat(diubah.getBody().at("/pekerjaanLatar/jenis").asText()).isEqualTo("hitung-ulang-tenggat");
    assertThat(get(org.verifikator(), latar).getBody().get("status").asText()).isEqualTo("SELESAI");
    assertThat(get(org.pegawai(), latar).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(ADMIN, ADMIN_PASSWORD, kalender).getBody().at("/periode/0/batas").asText()).isEqualTo("2024-05-07");
    assertThat(get(org.verifikator(), url).getBody().findValuesAsText("alasan")).containsExactly("SE Bupati No. 800/12/2024");
    assertThat(get(org.pegawai(), url).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForList("select r.pengguna from kalender_periode_aud a join revisi r on r.id = a.rev"
        + " where a.batas = date '2024-05-07'", String.class)).containsExactly(ADMIN);
  }

  /** A deadline moved out of the year's order (plan, periods in turn, final from 1 January) is refused: 400, nothing changes. */
  @Test
  void perubahanTenggatYangMembuatKerjaMustahilDitolak() {
    String url = "/api/instansi/" + org.instansi() + "/kalender/2024/tenggat";
    String kalender = "/api/instansi/" + org.instansi() + "/kalender/2024";
    JsonNode sebelum = get(ADMIN, ADMIN_PASSWORD, kalender).getBody();
    Map<String, String> ditolak = Map.of(
        "FINAL,,2024-12-25", "batas penilaian akhir (25 Desember 2024) tidak boleh sebelum penilaian akhir dibuka (1 Januari 2025)",
        "PERIODE,4,2025-03-01", "batas periode Triwulan IV 2024 (1 Maret 2025) tidak boleh sesudah batas penilaian akhir (31 Januari 2025)",
        "PERIODE,2,2024-06-20", "batas periode Triwulan II 2024 (20 Juni 2024) tidak boleh sebelum laporan periode itu dibuka (1 Juli 2024)",
        "PERIODE,1,2024-08-05", "batas periode Triwulan I 2024 (5 Agustus 2024) tidak boleh sesudah batas periode Triwulan II 2024 (31 Juli 2024)",
        "RENCANA,,2024-05-10", "batas penetapan SKP (10 Mei 2024) tidak boleh sesudah batas periode Triwulan I 2024 (30 April 2024)");

    ditolak.forEach((perubahan, pesan) -> {
      String[] p = perubahan.split(",");
      Map<String, Object> body = new HashMap<>(Map.of("jenis", p[0], "batas", p[2], "alasan", "SE No. 800/13/2024"));
      if (!p[1].isEmpty()) body.put("urutan", Integer.parseInt(p[1]));
      var jawaban = post(ADMIN, ADMIN_PASSWORD, url, body);
      assertThat(jawaban.getStatusCode()).as(perubahan).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(jawaban.getBody().at("/errors/batas").asText()).isEqualTo(pesan);
    });
    assertThat(get(ADMIN, ADMIN_PASSWORD, kalender).getBody()).isEqualTo(sebelum);
    assertThat(get(ADMIN, ADMIN_PASSWORD, url).getBody()).isEmpty();

    // A period moved after its successor's deadline is refused; once that one moves on too, it is accepted.
    var q2 = post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 2, "batas", "2024-08-10", "alasan", "SE No. 800/14/2024"));
    assertThat(q2.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var q1 = post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 1, "batas", "2024-08-05", "alasan", "SE No. 800/14/2024"));
    assertThat(q1.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var q2Mundur = post(ADMIN, ADMIN_PASSWORD, url, Map.of("jenis", "PERIODE", "urutan", 2, "batas", "2024-08-01", "alasan", "x"));
    assertThat(q2Mundur.getBody().at("/errors/batas").asText())
        .isEqualTo("batas periode Triwulan II 2024 (1 Agustus 2024) tidak boleh sebelum batas periode Triwulan I 2024 (5 Agustus 2024)");
    assertThat(get(ADMIN, ADMIN_PASSWORD, kalender).getBody().at("/periode/1/batas").asText()).isEqualTo("2024-08-10");
  }

  /** Tasklist forms call the API with the webapp login; a change needs the webapp's CSRF token too. */
  @Test
  void formulirTasklistMemakaiSesiWebappDenganTokenCsrf() {
    long skpId = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getBody().get("skpId").asLong();
    String rencana = "/api/skp/" + skpId + "/rencana";
    Map<String, String> cookies = new HashMap<>();
    simpanCookie(cookies, http.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders login = sesi(cookies, true);
    login.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    var masuk = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>("username=" + org.pegawai() + "&password=" + TestOrganisasi.PASSWORD, login), String.class);
    assertThat(masuk.getStatusCode()).isEqualTo(HttpStatus.OK);
    simpanCookie(cookies, masuk);
    // As Tasklist does after login: its next call brings the new session's CSRF token.
    simpanCookie(cookies, http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(sesi(cookies, false)), String.class));

    var baca = http.exchange(rencana, HttpMethod.GET, new HttpEntity<>(sesi(cookies, false)), JsonNode.class);
    assertThat(baca.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(baca.getBody().get("nip").asText()).isEqualTo(org.pegawai());
    assertThat(baca.getHeaders().get(HttpHeaders.SET_COOKIE)).as("the API leaves the webapp session as it is").isNull();
    assertThat(http.exchange("/api/skp/" + skpId + "/rhk-atasan", HttpMethod.GET, new HttpEntity<>(sesi(cookies, false)), JsonNode.class)
        .getBody()).isEmpty();

    HttpHeaders tanpaToken = sesi(cookies, false);
    tanpaToken.setContentType(MediaType.APPLICATION_JSON);
    assertThat(http.exchange(rencana, HttpMethod.PUT, new HttpEntity<>(rencanaDuaRhk(), tanpaToken), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(org.pegawai(), rencana).getBody().get("rhk")).isEmpty();

    HttpHeaders denganToken = sesi(cookies, true);
    denganToken.setContentType(MediaType.APPLICATION_JSON);
    var ubah = http.exchange(rencana, HttpMethod.PUT, new HttpEntity<>(rencanaDuaRhk(), denganToken), JsonNode.class);
    assertThat(ubah.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ubah.getBody().get("rhk")).hasSize(2);
  }

  private static void simpanCookie(Map<String, String> cookies, ResponseEntity<?> response) {
    List<String> setCookie = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    setCookie.forEach(c -> {
      String pasangan = c.split(";", 2)[0];
      cookies.put(pasangan.substring(0, pasangan.indexOf('=')), pasangan.substring(pasangan.indexOf('=') + 1));
    });
  }

  private static HttpHeaders sesi(Map<String, String> cookies, boolean tokenCsrf) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; ")));
    if (tokenCsrf) headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    return headers;
  }

  @Test
  void siklusSetahunLewatApi() {
    // Admin starts the cycle; starting twice returns the same SKP.
    var mulai = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024));
    assertThat(mulai.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long skpId = mulai.getBody().get("skpId").asLong();
    var lagi = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024));
    assertThat(lagi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lagi.getBody().get("skpId").asLong()).isEqualTo(skpId);
    assertThat(post(org.pegawai(), "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", "123", "tahun", 2024)).getBody().at("/errors/nip").asText())
        .isEqualTo("NIP harus 18 digit angka");
    assertThat(post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", "199999999999999999", "tahun", 2024)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    // The employee drafts: bad input is refused field by field and changes nothing.
    String rencana = "/api/skp/" + skpId + "/rencana";
    var kosong = put(org.pegawai(), rencana, Map.of("rhk", List.of()));
    assertThat(kosong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(kosong.getBody().at("/errors/rhk").asText()).isEqualTo("minimal satu RHK wajib diisi");
    var indikatorSalah = put(org.pegawai(), rencana, Map.of("rhk", List.of(Map.of("uraian", "Laporan", "jenis", "UTAMA",
        "indikator", List.of(Map.of("uraian", "Jumlah", "targetKuantitas", 0, "satuan", "laporan", "targetKualitas", 150, "targetWaktu", 12))))));
    assertThat(indikatorSalah.getBody().at("/errors").toString())
        .contains("target kuantitas harus lebih dari 0", "target kualitas antara 0 dan 100 (%)");
    var jenisSalah = put(org.pegawai(), rencana, Map.of("rhk", List.of(Map.of("uraian", "Laporan", "jenis", "XYZ", "indikator", List.of()))));
    assertThat(jenisSalah.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jenisSalah.getBody().at("/errors/rhk[0].jenis").asText()).contains("pilihan: UTAMA, TAMBAHAN");
    assertThat(get(org.pegawai(), rencana).getBody().get("rhk")).isEmpty();

    JsonNode tersimpan = put(org.pegawai(), rencana, rencanaDuaRhk()).getBody().get("rhk");
    assertThat(tersimpan).hasSize(2);
    assertThat(tersimpan.findValuesAsText("id")).doesNotContain("null");
    assertThat(get(org.pegawai(), "/api/skp/abc/rencana").getBody().at("/errors/skpId").asText()).isEqualTo("nilai 'abc' tidak valid");
    assertThat(put(org.penilai(), rencana, rencanaDuaRhk()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(org.pegawai(), rencana + "/ajukan", Map.of()).getBody().get("status").asText()).isEqualTo("DIAJUKAN");

    // The appraiser approves (returning needs a note).
    var tanpaCatatan = post(org.penilai(), rencana + "/tinjauan", Map.of("disetujui", false));
    assertThat(tanpaCatatan.getBody().at("/errors/catatan").asText()).isEqualTo("catatan wajib diisi saat rencana dikembalikan");
    assertThat(post(org.penilai(), rencana + "/tinjauan", Map.of("disetujui", true)).getBody().get("status").asText()).isEqualTo("DITETAPKAN");
    assertThat(historyService.createUserOperationLogQuery().operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
        .userId(org.penilai()).count()).as("Cockpit's operation log names who completed the review").isEqualTo(1);

    // Q1 ends; the employee reports with evidence; the appraiser rates.
    String bk = org.pegawai() + "-2024";
    skenario.jam(LocalDateTime.of(2024, 4, 2, 8, 0), bk);
    String q1 = "/api/skp/" + skpId + "/periode/1";
    var exe = unggah(q1 + "/bukti", "virus.exe", "application/x-msdownload", new byte[] {1, 2});
    assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(exe.getBody().at("/errors/berkas").asText()).contains("virus.exe", "application/pdf");
    var besar = unggah(q1 + "/bukti", "besar.pdf", "application/pdf", new byte[6 * 1024 * 1024]);
    assertThat(besar.getBody().at("/errors/berkas").asText()).contains("maksimal 5120 KB");
    var pdf = unggah(q1 + "/bukti", "notulen.pdf", "application/pdf", "%PDF-1.4 notulen".getBytes());
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    var unduh = http.withBasicAuth(org.penilai(), TestOrganisasi.PASSWORD)
        .getForEntity(q1 + "/bukti/" + pdf.getBody().get("id").asLong(), byte[].class);
    assertThat(new String(unduh.getBody())).isEqualTo("%PDF-1.4 notulen");
    assertThat(unduh.getHeaders().getContentDisposition().getFilename()).isEqualTo("notulen.pdf");

    JsonNode indikator = get(org.pegawai(), rencana).getBody().get("rhk");
    var laporan = post(org.pegawai(), q1 + "/laporan", Map.of("rencanaAksi", "Menyusun laporan triwulan", "realisasi", List.of(
        Map.of("indikatorId", indikator.get(0).at("/indikator/0/id").asLong(), "uraian", "3 laporan"),
        Map.of("indikatorId", indikator.get(1).at("/indikator/0/id").asLong(), "uraian", "90% arsip tertata"))));
    assertThat(laporan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(laporan.getBody().get("status").asText()).isEqualTo("DILAPORKAN");

    var ratingAneh = post(org.penilai(), q1 + "/penilaian", Map.of("ratingHasilKerja", "LUAR_BIASA", "ratingPerilaku", "SESUAI_EKSPEKTASI"));
    assertThat(ratingAneh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(ratingAneh.getBody().at("/errors/ratingHasilKerja").asText()).contains("LUAR_BIASA", "DI_ATAS_EKSPEKTASI");
    var dinilai = post(org.penilai(), q1 + "/penilaian", Map.of("ratingHasilKerja", "DI_ATAS_EKSPEKTASI",
        "ratingPerilaku", "DI_ATAS_EKSPEKTASI", "umpanBalik", List.of(Map.of("rhkId", indikator.get(0).get("id").asLong(), "isi", "Baik sekali"))));
    assertThat(dinilai.getBody().get("predikat").asText()).isEqualTo("SANGAT_BAIK");

    // Q2 is not reported by 31 July: it locks, and a late report is refused with the deadline.
    skenario.jam(LocalDateTime.of(2024, 8, 1, 0, 0), bk);
    var terlambat = post(org.pegawai(), "/api/skp/" + skpId + "/periode/2/laporan", Map.of("rencanaAksi", "Terlambat",
        "realisasi", List.of(Map.of("indikatorId", indikator.get(0).at("/indikator/0/id").asLong(), "uraian", "x"))));
    assertThat(terlambat.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(terlambat.getBody().get("detail").asText())
        .isEqualTo("Periode Triwulan II 2024 sudah terkunci: batas waktu 31 Juli 2024 telah lewat.");

    // The year ends; the appraiser gives the final rating.
    skenario.jam(LocalDateTime.of(2025, 1, 2, 8, 0), bk);
    var akhir = post(org.penilai(), "/api/skp/" + skpId + "/penilaian-akhir", Map.of("ratingHasilKerja", "SESUAI_EKSPEKTASI", "ratingPerilaku", "SESUAI_EKSPEKTASI"));
    assertThat(akhir.getBody().get("predikat").asText()).isEqualTo("BAIK");

    JsonNode hasil = get(org.pegawai(), "/api/skp/" + skpId + "/hasil").getBody();
    assertThat(hasil.findValuesAsText("status")).containsExactly("DINILAI", "TIDAK_DINILAI", "TIDAK_DINILAI", "TIDAK_DINILAI", "DINILAI");
    assertThat(hasil.at("/periode/0/bukti/0/namaFile").asText()).isEqualTo("notulen.pdf");
    assertThat(get(org.kepalaDinas(), "/api/skp/" + skpId + "/hasil").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(org.pegawai(), "/api/skp/999999/hasil").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    // Auditors can trace who changed what: the plan's status history and the authors of the RHK rows.
    List<String> statusBerurutan = jdbc.queryForList("select a.status from skp_aud a where a.id = ? order by a.rev", String.class, skpId);
    assertThat(statusBerurutan.stream().distinct()).containsExactly("DRAFT", "DIAJUKAN", "DITETAPKAN");
    assertThat(jdbc.queryForList("select distinct r.pengguna from rhk_aud a join revisi r on r.id = a.rev where a.skp_id = ?",
        String.class, skpId)).containsExactly(org.pegawai());
  }

  /** A mutasi moves Budi to a bidang with another head: his open review moves there; bad requests change nothing. */
  @Test
  void mutasiMemindahkanTinjauanKePenilaiBaruLewatApi() {
    long skpId = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getBody().get("skpId").asLong();
    String rencana = "/api/skp/" + skpId + "/rencana";
    put(org.pegawai(), rencana, rencanaDuaRhk());
    post(org.pegawai(), rencana + "/ajukan", Map.of());
    String tugas = "/engine-rest/task?processInstanceBusinessKey=" + org.pegawai() + "-2024";
    String kabidDua = org.pegawai().substring(0, 12) + "100099";
    assertThat(impor("unit", "kode,nama,jenis,kode_induk\nbidang-2,Bidang Dua,DINAS,dinas\n").getStatusCode()).isEqualTo(HttpStatus.OK);
    var kepalaBaru = impor("pegawai", "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + kabidDua + ",Rina Wati,PNS,Kepala Bidang Dua,ADMINISTRATOR,bidang-2,true,,true\n");
    assertThat(kepalaBaru.getBody().at("/penilai/dipindahkan")).as("Budi's appraiser is still the Kepala Bidang").isEmpty();
    assertThat(put(org.verifikator(), "/api/instansi/" + org.instansi() + "/pegawai/" + kabidDua + "/kata-sandi",
        Map.of("kataSandi", TestOrganisasi.PASSWORD)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String url = "/api/instansi/" + org.instansi() + "/pegawai/" + org.pegawai() + "/mutasi";
    Map<String, Object> mutasi = Map.of("unitKerja", "bidang-2", "jabatan", "Pengadministrasi Umum", "kelasJabatan", "PELAKSANA",
        "kepala", false, "nomorSk", "821/45/BKPSDM/2024", "alasan", "rotasi");
    Map<String, Long> sebelum = jumlah("jabatan_aud", "skp_aud", "perpindahan_penilai", "revisi");
    assertThat(post(org.pegawai(), url, mutasi).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var tanpaJabatan = post(ADMIN, ADMIN_PASSWORD, url, Map.of("unitKerja", "bidang-2", "kelasJabatan", "PELAKSANA", "kepala", false));
    assertThat(tanpaJabatan.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tanpaJabatan.getBody().at("/errors/jabatan").asText()).isEqualTo("nama jabatan wajib diisi");
    assertThat(post(ADMIN, ADMIN_PASSWORD, url, ubah(mutasi, "kelasJabatan", "ESELON_IV")).getBody().at("/errors/kelasJabatan").asText())
        .startsWith("nilai 'ESELON_IV' tidak dikenal; pilihan: BUPATI,");
    var unitTakAda = post(ADMIN, ADMIN_PASSWORD, url, ubah(mutasi, "unitKerja", "bidang-9"));
    assertThat(unitTakAda.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unitTakAda.getBody().at("/errors/unitKerja").asText()).isEqualTo("'bidang-9' bukan kode unit instansi " + org.instansi());
    var kepalaKedua = post(ADMIN, ADMIN_PASSWORD, url, ubah(mutasi, "kepala", true));
    assertThat(kepalaKedua.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(kepalaKedua.getBody().get("detail").asText()).contains("Bidang Dua sudah punya kepala aktif: Rina Wati");
    assertThat(post(ADMIN, ADMIN_PASSWORD, url.replace(org.pegawai(), "199999999999999999"), mutasi).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(jumlah("jabatan_aud", "skp_aud", "perpindahan_penilai", "revisi")).isEqualTo(sebelum);
    assertThat(get(org.penilai(), tugas).getBody().findValuesAsText("taskDefinitionKey")).containsExactly("Task_ReviewSkpPlan");

    var dimutasi = post(ADMIN, ADMIN_PASSWORD, url, mutasi);
    assertThat(dimutasi.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(dimutasi.getBody().get("unitKerja").asText()).isEqualTo("bidang-2");
    JsonNode pindah = dimutasi.getBody().at("/penilai/dipindahkan/0");
    assertThat(pindah.get("skpId").asLong()).isEqualTo(skpId);
    assertThat(pindah.get("penilaiLamaNip").asText()).isEqualTo(org.penilai());
    assertThat(pindah.get("penilaiBaruNama").asText()).isEqualTo("Rina Wati");
    assertThat(pindah.get("oleh").asText()).isEqualTo(ADMIN);
    // The open review follows in the background: its progress, then the move's count of handed-over tasks.
    String latar = "/api/instansi/" + org.instansi() + "/pekerjaan-latar/" + dimutasi.getBody().at("/penilai/pekerjaanLatar").asLong();
    JsonNode kemajuan = get(ADMIN, ADMIN_PASSWORD, latar).getBody();
    assertThat(kemajuan.get("status").asText()).isEqualTo("SELESAI");
    assertThat(List.of(kemajuan.get("jumlah").asInt(), kemajuan.get("selesai").asInt())).containsExactly(1, 1);
    assertThat(get(ADMIN, ADMIN_PASSWORD, "/api/skp/" + skpId + "/riwayat-penilai").getBody().at("/0/tugasDipindahkan").asInt())
        .isEqualTo(1);
    assertThat(historyService.createUserOperationLogQuery().operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).userId(ADMIN)
        .list()).extracting(UserOperationLogEntry::getOrgValue, UserOperationLogEntry::getNewValue).contains(tuple(org.penilai(), kabidDua));

    // The old appraiser no longer sees or decides the review; the new one does.
    assertThat(get(org.penilai(), tugas).getBody()).isEmpty();
    assertThat(get(kabidDua, tugas).getBody().findValuesAsText("name")).containsExactly("Tinjau Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")");
    assertThat(post(org.penilai(), rencana + "/tinjauan", Map.of("disetujui", true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(kabidDua, rencana + "/tinjauan", Map.of("disetujui", true)).getBody().get("status").asText()).isEqualTo("DITETAPKAN");

    String riwayat = "/api/skp/" + skpId + "/riwayat-penilai";
    for (String pembaca : List.of(org.pegawai(), org.penilai(), kabidDua, org.verifikator())) {
      assertThat(get(pembaca, riwayat).getBody().findValuesAsText("alasan")).as(pembaca).containsExactly(
          "Mutasi Budi Santoso (" + org.pegawai() + ") menjadi Pengadministrasi Umum, Bidang Dua; SK 821/45/BKPSDM/2024; rotasi");
    }
    assertThat(get(org.kepalaDinas(), riwayat).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForList("select p.nip || ' ' || r.pengguna from skp_aud a join pegawai p on p.id = a.penilai_id"
        + " join revisi r on r.id = a.rev where a.id = ? and a.revtype = 1 order by a.rev", String.class, skpId).stream().distinct())
        .endsWith(org.penilai() + " " + org.pegawai(), kabidDua + " " + ADMIN, kabidDua + " " + kabidDua);
  }

  private static Map<String, Object> ubah(Map<String, Object> asal, String kunci, Object nilai) {
    Map<String, Object> baru = new HashMap<>(asal);
    baru.put(kunci, nilai);
    return baru;
  }

  private Map<String, Long> jumlah(String... tabel) {
    Map<String, Long> jumlah = new HashMap<>();
    for (String t : tabel) jumlah.put(t, jdbc.queryForObject("select count(*) from " + t, Long.class));
    return jumlah;
  }

  private ResponseEntity<JsonNode> impor(String jenis, String csv) {
    return http.withBasicAuth(ADMIN, ADMIN_PASSWORD)
        .postForEntity("/api/instansi/" + org.instansi() + "/impor/" + jenis, Berkas.csv(csv), JsonNode.class);
  }

  @Test
  void skpYangLewatBatasRencanaMasukDaftarTerlambat() {
    long skpId = post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024)).getBody().get("skpId").asLong();
    String daftar = "/api/instansi/" + org.instansi() + "/skp-terlambat?tahun=2024";
    assertThat(http.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity(daftar, JsonNode.class).getBody()).isEmpty();

    skenario.jam(LocalDateTime.of(2024, 2, 1, 0, 0), org.pegawai() + "-2024");

    JsonNode terlambat = http.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity(daftar, JsonNode.class).getBody();
    assertThat(terlambat.findValuesAsText("nip")).containsExactly(org.pegawai());
    assertThat(terlambat.at("/0/skpId").asLong()).isEqualTo(skpId);
    assertThat(get(org.pegawai(), daftar).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void engineRestMemakaiOtorisasiCamunda() {
    post(ADMIN, ADMIN_PASSWORD, "/api/siklus", Map.of("nip", org.pegawai(), "tahun", 2024));

    var milikSendiri = http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).getForEntity("/engine-rest/task?processInstanceBusinessKey=" + org.pegawai() + "-2024", JsonNode.class);
    assertThat(milikSendiri.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(milikSendiri.getBody().findValuesAsText("name")).containsExactly("Susun Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")");
    var orangLain = http.withBasicAuth(org.kepalaDinas(), TestOrganisasi.PASSWORD).getForEntity("/engine-rest/task?processInstanceBusinessKey=" + org.pegawai() + "-2024", JsonNode.class);
    assertThat(orangLain.getBody()).isEmpty();

    // Completing the task around its form is refused, and the task stays open.
    String taskId = milikSendiri.getBody().get(0).get("id").asText();
    var selesaiLangsung = http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD)
        .postForEntity("/engine-rest/task/" + taskId + "/complete", Map.of(), JsonNode.class);
    assertThat(selesaiLangsung.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(selesaiLangsung.getBody().get("detail").asText()).contains("diselesaikan melalui formulirnya di Tasklist");
    assertThat(get(org.pegawai(), "/engine-rest/task/" + taskId).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static Map<String, Object> rencanaDuaRhk() {
    return Map.of("rhk", List.of(
        Map.of("uraian", "Tersusunnya laporan penyelenggaraan pemerintahan", "jenis", "UTAMA", "indikator",
            List.of(Map.of("uraian", "Jumlah laporan", "targetKuantitas", 12, "satuan", "laporan", "targetKualitas", 100, "targetWaktu", 12))),
        Map.of("uraian", "Terkelolanya arsip bidang", "jenis", "TAMBAHAN", "indikator",
            List.of(Map.of("uraian", "Persentase arsip tertata", "targetKuantitas", 90, "satuan", "persen", "targetKualitas", 90, "targetWaktu", 12)))),
        "ekspektasiKhusus", Map.of("AKUNTABEL", "Laporan tepat waktu setiap triwulan"));
  }

  private ResponseEntity<JsonNode> unggah(String path, String nama, String tipe, byte[] isi) {
    return http.withBasicAuth(org.pegawai(), TestOrganisasi.PASSWORD).postForEntity(path, Berkas.unggah(nama, tipe, isi), JsonNode.class);
  }

  private ResponseEntity<JsonNode> get(String user, String path) { return get(user, TestOrganisasi.PASSWORD, path); }

  private ResponseEntity<JsonNode> get(String user, String password, String path) {
    return http.withBasicAuth(user, password).getForEntity(path, JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) { return post(user, TestOrganisasi.PASSWORD, path, body); }

  private ResponseEntity<JsonNode> post(String user, String password, String path, Object body) {
    return http.withBasicAuth(user, password).postForEntity(path, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String path, Object body) {
    return http.withBasicAuth(user, TestOrganisasi.PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
