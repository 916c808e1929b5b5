package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
        baris("SKP terlambat", "GET", "/api/instansi/{kode}/skp-terlambat?tahun=2024", null, "401 403 403 403 200 403 200 200"),
        baris("ubah tenggat", "POST", "/api/instansi/{kode}/kalender/2024/tenggat",
            Map.of("jenis", "RENCANA", "batas", "2023-12-01", "alasan", "uji"),  "401 403 403 403 400 403 403 400"),
        baris("impor pegawai", "POST", "/api/instansi/{kode}/impor/pegawai", "multipart", "401 403 403 403 400 403 403 400"),
        baris("impor predikat PMM", "POST", "/api/instansi/{kode}/impor/predikat-pmm", "multipart", "401 403 403 403 400 403 403 400"),
        baris("laporan predikat", "GET", "/api/instansi/{kode}/predikat?tahun=2024", null, "401 403 403 403 200 403 200 200"),
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
        baris("engine: ubah variabel", "PUT", "/engine-rest/process-instance/{pi}/variables/penilaiNip",
            Map.of("value", "{nipLain}", "type", "String"),                        "401 403 403 403 403 403 403 -"),
        baris("engine: klaim tugas", "POST", "/engine-rest/task/{task}/claim", Map.of("userId", "{nip}"),
                                                                                   "401 204 403 403 403 403 403 -"),
        baris("engine: selesaikan tugas", "POST", "/engine-rest/task/{task}/complete", Map.of(),
                                                                                   "401 403 403 403 403 403 403 403"),
        baris("engine: hapus instance", "DELETE", "/engine-rest/process-instance/{pi}", null,
                                                                                   "401 403 403 403 403 403 403 -"),
        baris("engine: deploy", "POST", "/engine-rest/deployment/create", "deployment", "401 403 403 403 403 403 403 -"));
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
    nilai = Map.of("{skp}", String.valueOf(skp.getId()), "{kode}", org.instansi(), "{nip}", org.pegawai(),
        "{bk}", skp.businessKey(), "{pi}", skp.getProcessInstanceId(), "{nipLain}", lain.penilai(), "{nipKadis}", org.kepalaDinas(),
        "{kodeBaru}", "baru-" + org.instansi(),
        "{task}", taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).singleResult().getId());
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
    TestRestTemplate klien = peran == Peran.ANONIM ? http : http.withBasicAuth(login.get(peran)[0], login.get(peran)[1]);
    HttpHeaders headers = new HttpHeaders();
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
    return klien.exchange(path, metode, new HttpEntity<>(isi, headers), JsonNode.class);
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
