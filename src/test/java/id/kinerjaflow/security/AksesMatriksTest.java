package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import id.kinerjaflow.process.SkpPlanningProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.*;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Role × endpoint: every role against every endpoint family, ours ({@code /api}) and the engine's ({@code /engine-rest}).
 * One SKP in planning (the employee's draft task open; the cycle and its planning call share the business key). A cell is the expected status, {@code status:n} where a query
 * answers with the n items the role may see, or {@code -} where calling would change the world for the next rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class AksesMatriksTest {
  enum Peran { ANONIM, PEGAWAI, PENILAI, PENILAI_LAIN, ADMIN, ADMIN_LAIN, AUDITOR, CAMUNDA_ADMIN }

  static Stream<Arguments> matriks() {
    return Stream.of(
        //                                                                       ANONIM PEGAWAI PENILAI PEN_LAIN ADMIN ADM_LAIN AUDITOR C_ADMIN
        baris("akun sendiri", "GET", "/api/akun/saya", null,                       "401 200 200 200 200 200 200 200"),
        baris("preset kalender", "GET", "/api/kalender/preset", null,              "401 200 200 200 200 200 200 200"),
        baris("baca rencana SKP", "GET", "/api/skp/{skp}/rencana", null,           "401 200 200 403 200 403 200 200"),
        baris("hasil SKP", "GET", "/api/skp/{skp}/hasil", null,                    "401 200 200 403 200 403 200 200"),
        baris("ubah rencana", "PUT", "/api/skp/{skp}/rencana", RENCANA,            "401 200 403 403 403 403 403 403"),
        baris("tinjau rencana", "POST", "/api/skp/{skp}/rencana/tinjauan", Map.of("disetujui", true),
                                                                                   "401 403 409 403 403 403 403 403"),
        baris("verifikasi target", "POST", "/api/skp/{skp}/rencana/verifikasi", Map.of("diterima", true),
                                                                                   "401 403 403 403 409 403 403 403"),
        baris("laporan periode", "POST", "/api/skp/{skp}/periode/1/laporan", Map.of("rencanaAksi", "Menyusun laporan",
            "realisasi", List.of(Map.of("indikatorId", 1, "uraian", "Tiga laporan"))),
                                                                                   "401 409 403 403 403 403 403 403"),
        baris("pejabat penilai", "GET", "/api/pegawai/{nip}/penilai?tahun=2024", null, "401 200 403 403 200 403 200 200"),
        baris("delegasi penilai", "PUT", "/api/instansi/{kode}/delegasi-penilai",
            Map.of("unit", "dinas", "tahun", 2024, "baris", "9", "aktif", false),  "401 403 403 403 200 403 403 200"),
        baris("riwayat penilai", "GET", "/api/skp/{skp}/riwayat-penilai", null,   "401 200 200 403 200 403 200 200"),
        baris("SKP saya", "GET", "/api/skp/saya", null,                           "401 200:1 200:0 200:0 200:0 200:0 200:0 200:0"),
        baris("cari SKP", "GET", "/api/skp/cari?q={nip}", null,                   "401 403 403 403 200:1 200:0 200:1 200:1"),
        baris("riwayat SKP", "GET", "/api/skp/{skp}/riwayat", null,              "401 200 200 403 200 403 200 200"),
        baris("riwayat SKP CSV", "GET", "/api/skp/{skp}/riwayat?format=csv", null, "401 200 200 403 200 403 200 200"),
        baris("calon penilai", "GET", "/api/skp/{skp}/calon-penilai", null,       "401 403 403 403 200 403 200 200"),
        baris("tentukan penilai (tidak menunggu)", "POST", "/api/skp/{skp}/penilai", Map.of("nip", "{nipKadis}", "alasan", "uji"),
                                                                                   "401 403 403 403 409 403 403 403"),
        baris("mutasi (isian kosong)", "POST", "/api/instansi/{kode}/pegawai/{nip}/mutasi", Map.of(),
                                                                                   "401 403 403 403 400 403 403 400"),
        baris("mulai siklus", "POST", "/api/siklus", Map.of("nip", "{nip}", "tahun", 2024),
                                                                                   "401 403 403 403 200 403 403 200"),
        baris("siklus instansi", "POST", "/api/instansi/{kode}/siklus", Map.of("tahun", 2030),
                                                                                   "401 403 403 403 409 403 403 409"),
        baris("kalender instansi", "GET", "/api/instansi/{kode}/kalender/2024", null, "401 403 403 403 200 403 200 200"),
        baris("pekerjaan latar", "GET", "/api/instansi/{kode}/pekerjaan-latar", null, "401 403 403 403 200 403 200 200"),
        baris("SKP terlambat", "GET", "/api/instansi/{kode}/skp-terlambat?tahun=2024", null, "401 403 403 403 200 403 200 200"),
        baris("ubah tenggat", "POST", "/api/instansi/{kode}/kalender/2024/tenggat",
            Map.of("jenis", "RENCANA", "batas", "2023-12-01", "alasan", "uji"),  "401 403 403 403 400 403 403 400"),
        baris("impor pegawai", "POST", "/api/instansi/{kode}/impor/pegawai", "multipart", "401 403 403 403 400 403 403 400"),
        baris("impor predikat PMM", "POST", "/api/instansi/{kode}/impor/predikat-pmm", "multipart", "401 403 403 403 400 403 403 400"),
        baris("laporan predikat", "GET", "/api/instansi/{kode}/predikat?tahun=2024", null, "401 403 403 403 200 403 200 200"),
        // PENILAI_LAIN is the Kepala Dinas: the TPP basis and the documents of his perangkat daerah, not another's SKP.
        baris("dasar TPP", "GET", "/api/instansi/{kode}/tpp?tahun=2024&bulan=3", null, "401 403 403 200 200 403 200 200"),
        baris("impor disiplin", "POST", "/api/instansi/{kode}/impor/disiplin", "multipart", "401 403 403 403 400 403 403 400"),
        baris("dokumen SKP (PDF)", "GET", "/api/skp/{skp}/dokumen/skp.pdf", null,  "401 200 200 403 200 403 200 200"),
        // The SKP's predicate is not final yet: its readers learn the objection window has not opened.
        baris("keberatan", "GET", "/api/skp/{skp}/keberatan", null,              "401 404 404 403 404 403 404 404"),
        baris("ajukan keberatan", "POST", "/api/skp/{skp}/keberatan", Map.of("alasan", "uji"), "401 409 403 403 403 403 403 403"),
        baris("arsip dokumen (ZIP)", "GET", "/api/instansi/{kode}/dokumen?tahun=2024", null, "401 403 403 200 200 403 200 200"),
        // The organisation's year: the Kepala Dinas (PENILAI_LAIN) reads his perangkat daerah's; starting it is the admins'.
        baris("kinerja organisasi", "GET", "/api/instansi/{kode}/kinerja-organisasi?tahun=2024", null, "401 403 403 200 200 403 200 200"),
        baris("mulai kinerja organisasi", "POST", "/api/instansi/{kode}/kinerja-organisasi?tahun=2030", null,
                                                                                   "401 403 403 403 409 403 403 409"),
        baris("penetap predikat organisasi", "GET", "/api/instansi/{kode}/penetap-predikat-organisasi", null,
                                                                                   "401 403 403 403 200 403 200 200"),
        baris("kata sandi pegawai", "PUT", "/api/instansi/{kode}/pegawai/{nip}/kata-sandi",
            Map.of("kataSandi", TestOrganisasi.PASSWORD),                          "401 403 403 403 204 403 403 204"),
        baris("kata sandi awal (CSV)", "POST", "/api/instansi/{kode}/kata-sandi-awal", null, "401 403 403 403 - 403 403 -"),
        baris("daftar peran", "GET", "/api/instansi/{kode}/peran", null,          "401 403 403 403 200 403 200 200"),
        baris("buat instansi", "POST", "/api/instansi", Map.of("kode", "{kodeBaru}", "nama", "Pemda Baru"),
                                                                                   "401 403 403 403 403 403 403 -"),
        baris("engine: tugas SKP", "GET", "/engine-rest/task?processInstanceBusinessKey={bk}", null,
                                                                                   "401 200:1 200:0 200:0 200:0 200:0 200:1 200:1"),
        baris("engine: instance", "GET", "/engine-rest/process-instance?businessKey={bk}", null,
                                                                                   "401 200:0 200:0 200:0 200:2 200:0 200:2 200:2"),
        baris("engine: riwayat", "GET", "/engine-rest/history/process-instance?processInstanceBusinessKey={bk}", null,
                                                                                   "401 200:0 200:0 200:0 200:2 200:0 200:2 200:2"),
        baris("engine: deploy", "POST", "/engine-rest/deployment/create", "deployment", "401 403 403 403 403 403 403 -"));
  }

  /**
   * The engine's write verbs, each on both routes: {@code /engine-rest} (also as {@code /engine-rest/engine/default}) with
   * HTTP Basic, and the webapps' {@code /camunda/api/engine/engine/default} with a Tasklist session. Below Camunda admin
   * nobody changes a process here; what Tasklist needs (queries, comments, claiming for oneself) still works.
   */
  static Stream<Arguments> matriksEngine() {
    String tolak = "403 403 403 403 403 403 -";
    return Stream.of(
        engine("bpmnError", "POST", "/task/{task}/bpmnError", Map.of("errorCode", "x"), tolak),
        engine("bpmnEscalation", "POST", "/task/{task}/bpmnEscalation", Map.of("escalationCode", "x"), tolak),
        engine("variabel tugas", "PUT", "/task/{task}/variables/penilaiNip", Map.of("value", "{nip}", "type", "String"), tolak),
        engine("ubah variabel tugas", "POST", "/task/{task}/variables", Map.of("modifications",
            Map.of("penilaiNip", Map.of("value", "{nip}", "type", "String"))), tolak),
        engine("variabel lokal tugas", "PUT", "/task/{task}/localVariables/predikat", Map.of("value", "SANGAT_BAIK", "type", "String"), tolak),
        engine("ubah variabel lokal", "POST", "/task/{task}/localVariables", Map.of("modifications",
            Map.of("predikat", Map.of("value", "SANGAT_BAIK", "type", "String"))), tolak),
        engine("variabel proses", "PUT", "/process-instance/{pi}/variables/penilaiNip", Map.of("value", "{nipLain}", "type", "String"), tolak),
        engine("ubah variabel proses", "POST", "/process-instance/{pi}/variables", Map.of("modifications",
            Map.of("rencanaDisetujui", Map.of("value", true, "type", "Boolean"))), tolak),
        engine("hapus variabel proses", "DELETE", "/process-instance/{pi}/variables/nip", null, tolak),
        engine("selesaikan tugas", "POST", "/task/{task}/complete", Map.of(), "403 403 403 403 403 403 403"),
        engine("kirim formulir", "POST", "/task/{task}/submit-form", Map.of(), "403 403 403 403 403 403 403"),
        engine("delegasikan tugas", "POST", "/task/{task}/delegate", Map.of("userId", "{nipLain}"), tolak),
        engine("selesaikan delegasi", "POST", "/task/{task}/resolve", Map.of(), tolak),
        engine("ganti penerima tugas", "POST", "/task/{task}/assignee", Map.of("userId", "{nipLain}"), tolak),
        engine("ubah tugas (pemilik, tenggat)", "PUT", "/task/{task}", Map.of("name", "x", "owner", "{nipLain}"), tolak),
        engine("tambah kandidat tugas", "POST", "/task/{task}/identity-links", Map.of("userId", "{nipLain}", "type", "candidate"), tolak),
        engine("lampiran tugas", "POST", "/task/{task}/attachment/create", "multipart", tolak),
        engine("klaim untuk orang lain", "POST", "/task/{task}/claim", Map.of("userId", "{nipLain}"), tolak),
        engine("lepas klaim tugas pribadi", "POST", "/task/{task}/unclaim", null, tolak),
        engine("pesan", "POST", "/message", Map.of("messageName", "x", "businessKey", "{bk}"), tolak),
        engine("sinyal", "POST", "/signal", Map.of("name", "x"), tolak),
        engine("modifikasi instance", "POST", "/process-instance/{pi}/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "CallActivity_Planning"))), tolak),
        engine("migrasi", "POST", "/migration/execute", Map.of("processInstanceIds", List.of("{pi}")), tolak),
        engine("percobaan ulang job", "PUT", "/job/{job}/retries", Map.of("retries", 0), tolak),
        engine("tenggat job", "PUT", "/job/{job}/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0000"), tolak),
        engine("jalankan job", "POST", "/job/{job}/execute", null, tolak),
        engine("tangguhkan instance", "PUT", "/process-instance/{pi}/suspended", Map.of("suspended", true), tolak),
        engine("tangguhkan definisi", "PUT", "/process-definition/key/skp-planning/suspended", Map.of("suspended", true), tolak),
        engine("mulai proses", "POST", "/process-definition/key/skp-planning/start", Map.of(), tolak),
        engine("hapus instance", "DELETE", "/process-instance/{pi}", null, tolak),
        engine("ambil external task", "POST", "/external-task/fetchAndLock", Map.of("workerId", "x", "maxTasks", 1), tolak),
        engine("kueri tugas (POST)", "POST", "/task/count", Map.of("processInstanceBusinessKey", "{bk}"), "200 200 200 200 200 200 200"));
  }

  private static Arguments engine(String nama, String metode, String path, Object body, String harapan) {
    return Arguments.of(nama, HttpMethod.valueOf(metode), path, body, List.of(harapan.split(" ")));
  }

  private static final Object RENCANA = Map.of("rhk", List.of(Map.of("uraian", "Tersusunnya laporan", "jenis", "UTAMA", "indikator",
      List.of(Map.of("uraian", "Jumlah laporan", "targetKuantitas", 12, "satuan", "laporan", "targetKualitas", 100, "targetWaktu", 12)))));

  private static final String BPMN = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
      + "targetNamespace=\"uji\"><process id=\"sisipan\" isExecutable=\"true\"><startEvent id=\"s\"/></process></definitions>";

  private static Arguments baris(String nama, String metode, String path, Object body, String harapan) {
    return Arguments.of(nama, HttpMethod.valueOf(metode), path, body, List.of(harapan.split(" ")));
  }

  /** The world of the matrix, built once: made by the first row, read by all. */
  private static Map<String, String> nilai;
  private static Map<Peran, String[]> login;

  @Autowired TestRestTemplate http;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @BeforeEach
  void dunia() {
    if (nilai != null) return;
    Skenario.jam(LocalDateTime.of(2024, 1, 5, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    TestOrganisasi.Org lain = organisasi.baru("kapuas-2025", 2025);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    ClockUtil.reset();
    String pw = TestOrganisasi.PASSWORD;
    login = Map.of(Peran.PEGAWAI, new String[] {org.pegawai(), pw}, Peran.PENILAI, new String[] {org.penilai(), pw},
        Peran.PENILAI_LAIN, new String[] {org.kepalaDinas(), pw}, Peran.ADMIN, new String[] {org.verifikator(), pw},
        Peran.ADMIN_LAIN, new String[] {lain.verifikator(), pw}, Peran.AUDITOR, new String[] {TestOrganisasi.AUDITOR_DEMO, "demo"},
        Peran.CAMUNDA_ADMIN, new String[] {"admin", "admin"});
    var tugas = taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).singleResult();
    nilai = Map.ofEntries(Map.entry("{skp}", String.valueOf(skp.getId())), Map.entry("{kode}", org.instansi()),
        Map.entry("{nip}", org.pegawai()), Map.entry("{bk}", skp.businessKey()), Map.entry("{pi}", skp.getProcessInstanceId()),
        Map.entry("{nipLain}", lain.penilai()), Map.entry("{nipKadis}", org.kepalaDinas()),
        Map.entry("{kodeBaru}", "baru-" + org.instansi()), Map.entry("{task}", tugas.getId()),
        Map.entry("{job}", managementService.createJobQuery().processInstanceId(tugas.getProcessInstanceId()).list().get(0).getId()));
  }

  /** Each engine verb on its three routes, for every role that logs in; anonymous callers get 401 from Camunda. */
  @ParameterizedTest(name = "engine: {0}")
  @MethodSource("matriksEngine")
  void apiEngineTidakMengubahProsesDiBawahAdminCamunda(String nama, HttpMethod metode, String path, Object body, List<String> harapan) {
    for (String akar : List.of("/engine-rest", "/engine-rest/engine/default", "/camunda/api/engine/engine/default")) {
      List<String> nyata = new ArrayList<>();
      for (Peran peran : Peran.values()) {
        if (peran == Peran.ANONIM) continue;
        String h = harapan.get(peran.ordinal() - 1);
        nyata.add(h.equals("-") ? "-" : String.valueOf(panggil(peran, metode, isi(akar + path), body).getStatusCode().value()));
      }
      assertThat(nyata).as(nama + " " + akar + " (PEGAWAI PENILAI PENILAI_LAIN ADMIN ADMIN_LAIN AUDITOR CAMUNDA_ADMIN)").isEqualTo(harapan);
      assertThat(panggil(Peran.ANONIM, metode, isi(akar + path), body).getStatusCode().value()).as(nama + " " + akar + " anonim")
          .isIn(401, 403);
    }
    // Nothing moved: the employee still drafts the plan, and no appraiser variable was written into the process.
    var tugas = taskService.createTaskQuery().processInstanceBusinessKey(nilai.get("{bk}")).singleResult();
    assertThat(tugas.getTaskDefinitionKey()).isEqualTo(SkpPlanningProcess.TASK_DRAFT);
    assertThat(tugas.getAssignee()).isEqualTo(nilai.get("{nip}"));
    assertThat(runtimeService.getVariables(nilai.get("{pi}"))).doesNotContainKey("penilaiNip");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("matriks")
  void setiapPeranMendapatJawabanYangSemestinya(String nama, HttpMethod metode, String path, Object body, List<String> harapan) {
    List<String> nyata = new ArrayList<>();
    for (Peran peran : Peran.values()) {
      String h = harapan.get(peran.ordinal());
      if (h.equals("-")) {
        nyata.add("-");
        continue;
      }
      ResponseEntity<JsonNode> r = panggil(peran, metode, isi(path), body);
      nyata.add(r.getStatusCode().value() + (h.contains(":") ? ":" + r.getBody().size() : ""));
    }
    assertThat(nyata).as(nama + " (ANONIM PEGAWAI PENILAI PENILAI_LAIN ADMIN ADMIN_LAIN AUDITOR CAMUNDA_ADMIN)").isEqualTo(harapan);
  }

  private ResponseEntity<JsonNode> panggil(Peran peran, HttpMethod metode, String path, Object body) {
    boolean webapp = path.startsWith("/camunda/");
    TestRestTemplate klien = peran == Peran.ANONIM || webapp ? http : http.withBasicAuth(login.get(peran)[0], login.get(peran)[1]);
    HttpHeaders headers = webapp && peran != Peran.ANONIM ? sesi(peran) : new HttpHeaders();
    Object isi = body;
    if ("multipart".equals(body)) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      isi = new org.springframework.util.LinkedMultiValueMap<String, Object>(Map.of("catatan", List.of("tanpa berkas")));
    } else if ("deployment".equals(body)) {
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      var bagian = new org.springframework.util.LinkedMultiValueMap<String, Object>();
      bagian.add("deployment-name", "sisipan");
      bagian.add("data", new org.springframework.core.io.ByteArrayResource(BPMN.getBytes()) {
        @Override public String getFilename() { return "sisipan.bpmn"; }
      });
      isi = bagian;
    } else if (body instanceof Map<?, ?> m) {
      isi = isiMap(m);
    }
    ResponseEntity<String> r = klien.exchange(path, metode, new HttpEntity<>(isi, headers), String.class);
    try {
      return ResponseEntity.status(r.getStatusCode()).body(r.getBody() == null ? null : new ObjectMapper().readTree(r.getBody()));
    } catch (java.io.IOException e) {
      return ResponseEntity.status(r.getStatusCode()).build(); // not JSON (a webapp's HTML error page)
    }
  }

  /** The Tasklist login of a role: its session cookie and CSRF token, as Tasklist sends them. */
  private HttpHeaders sesi(Peran peran) {
    Map<String, String> cookies = SESI.computeIfAbsent(peran, p -> {
      Map<String, String> c = new java.util.HashMap<>();
      simpanCookie(c, http.getForEntity("/camunda/app/tasklist/default/", String.class));
      HttpHeaders masuk = kepala(c);
      masuk.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      var jawab = http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
          new HttpEntity<>("username=" + login.get(p)[0] + "&password=" + login.get(p)[1], masuk), String.class);
      assertThat(jawab.getStatusCode()).as("login Tasklist " + p).isEqualTo(HttpStatus.OK);
      simpanCookie(c, jawab);
      simpanCookie(c, http.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(kepala(c)), String.class));
      return c;
    });
    return kepala(cookies);
  }

  private static final Map<Peran, Map<String, String>> SESI = new java.util.EnumMap<>(Peran.class);

  private static HttpHeaders kepala(Map<String, String> cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.COOKIE, cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; ")));
    if (cookies.containsKey("XSRF-TOKEN")) headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    return headers;
  }

  private static void simpanCookie(Map<String, String> cookies, ResponseEntity<?> response) {
    response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).forEach(c -> {
      String pasangan = c.split(";", 2)[0];
      cookies.put(pasangan.substring(0, pasangan.indexOf('=')), pasangan.substring(pasangan.indexOf('=') + 1));
    });
  }

  private Object isiMap(Map<?, ?> m) {
    var hasil = new java.util.LinkedHashMap<Object, Object>();
    m.forEach((k, v) -> hasil.put(k, v instanceof String s ? isi(s) : v));
    return hasil;
  }

  private String isi(String teks) {
    for (var e : nilai.entrySet()) teks = teks.replace(e.getKey(), e.getValue());
    return teks;
  }
}
