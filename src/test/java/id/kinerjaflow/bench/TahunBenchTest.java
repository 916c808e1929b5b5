package id.kinerjaflow.bench;

import static id.kinerjaflow.bench.AlatBench.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.LaporanInput;
import id.kinerjaflow.evaluation.PenilaianInput;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.instansi.TenggatSkp;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.support.Berkas;
import id.kinerjaflow.support.Skenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * P4 of issue 11 (docs/PERFORMANCE.md): a year of {@code bench.tahun.n} employees on the monthly Bengkalis calendar,
 * through the services users call, the engine clock moved into each step's window and the job executor firing the
 * timers and reminders on the way; against the bare engine completing as many user tasks. CI runs it at 10 only to
 * prove it still works: it asserts that every cycle got through the year, never a figure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("bench")
@Import(BasisDataBench.class)
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class TahunBenchTest {
  /** P4's 1,000 from N = 1,000; below it a small year (CI's N = 50: 10) only proves the command works. */
  static final int N = Integer.getInteger("bench.tahun.n", BenchmarkTest.N >= 1000 ? 1000 : Math.max(3, BenchmarkTest.N / 5));
  private static final long JAM = 3_600_000L;
  private static final long HARI = 24 * JAM;
  private static final PenilaianInput SESUAI = Skenario.rating(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI);

  @Autowired TestRestTemplate rest;
  @Autowired BasisDataBench.Server server;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired PekerjaanLatarService latar;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;
  @Autowired TenggatSkp tenggat;
  @Autowired JdbcTemplate jdbc;

  private record Siklus(long skpId, String nip, String penilai) {}

  private final List<String[]> tabel = new ArrayList<>();
  private final List<String> catatan = new ArrayList<>();
  /** Seconds per kind of step: the users' calls, and the job executor's work after each clock move or step. */
  private final Map<String, Double> detikLangkah = new LinkedHashMap<>();
  private int tahun;
  /** How far the year got, for a run cut short. */
  private String kemajuan = "";

  @AfterEach
  void jamKembali() { ClockUtil.reset(); }

  @Test
  void setahun() throws Exception {
    tahun = LocalDate.now(Skenario.WIB).getYear() + 1; // deadlines ahead: the launch meets no past-due timer
    OrganisasiBench org = OrganisasiBench.buat(N);
    try (MesinPolos polos = new MesinPolos(server)) {
      // The organisation through the public import, its monthly calendar (Bengkalis), then the launch (P1, not timed here).
      assertThat(rest.withBasicAuth(BenchmarkTest.ADMIN, BenchmarkTest.SANDI_ADMIN).postForEntity("/api/instansi",
          Map.of("kode", BenchmarkTest.KODE, "nama", "Kabupaten Bench"), JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      impor("unit", org.unitCsv());
      impor("pegawai", org.pegawaiCsv());
      assertThat(admin("/kalender", Map.of("preset", "bengkalis-2024", "tahun", tahun)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      Map<String, Long> ukuranAwal = ukuranTabel(jdbc);
      long dbAwal = ukuranDb(jdbc);
      long t = System.nanoTime();
      var luncur = admin("/siklus", Map.of("tahun", tahun));
      assertThat(luncur.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
      long latarId = luncur.getBody().at("/pekerjaanLatar/id").asLong();
      tunggu(() -> !latar.berjalan(latarId), 4 * 3600);
      tungguKosong(engine);
      catatan.add(String.format("launch (P1, not in the year's time): %.1f s", detik(t)));

      List<Siklus> siklus = jdbc.query("select s.id, p.nip, a.nip from skp s join pegawai p on p.id = s.pegawai_id"
          + " join pegawai a on a.id = s.penilai_id where s.tahun = ? order by s.id",
          (rs, i) -> new Siklus(rs.getLong(1), rs.getString(2), rs.getString(3)), tahun);
      assertThat(siklus).as("a cycle with an appraiser for every ASN").hasSize(N - 1); // the Bupati is a pejabat negara
      long kalenderId = jdbc.queryForObject("select id from kalender where tahun = ?", Long.class, tahun);
      List<Long> periode = jdbc.queryForList("select id from kalender_periode where kalender_id = ? order by urutan", Long.class, kalenderId);
      // An employee's user tasks in the year: the plan's draft and review, a report and a rating per period, the final.
      int tugasSetahun = 2 + 2 * periode.size() + 1;
      long jobAwal = sukses(jdbc);
      long gagalAwal = gagal(jdbc); // the launch's own retried failures are P1's
      catatan.add("failed job executions during the launch (retried): " + gagalAwal);

      // The year: each step on its day, the job executor catching up after every move of the clock and every step.
      long mulai = System.nanoTime();
      jam(Skenario.wib(LocalDateTime.of(tahun, 1, 2, 9, 0)));
      langkah("rencana", siklus, s -> {
        planning.ubahRencana(s.skpId(), s.nip(), Skenario.rencanaDuaRhk());
        planning.ajukan(s.skpId(), s.nip());
      });
      jam(pagi(tenggat.batasRencana(kalenderId), -7)); // the appraisers approve after the 7-day reminder
      langkah("rencana", siklus, s -> planning.tinjau(s.skpId(), s.penilai(), new TinjauanInput(true, null, null)));
      Map<Long, List<Long>> indikator = indikator();
      for (int p = 0; p < periode.size(); p++) {
        int urutan = p + 1;
        long id = periode.get(p);
        jam(pagi(tenggat.laporanDibuka(id), 0)); // the employees report on the day the report opens
        langkah("laporan", siklus, s -> evaluation.lapor(s.skpId(), urutan, s.nip(), laporan(indikator.get(s.skpId()))));
        jam(pagi(tenggat.batasPeriode(id), -7)); // the appraisers rate after the 7-day reminder
        langkah("penilaian", siklus, s -> evaluation.nilai(s.skpId(), urutan, s.penilai(), SESUAI));
      }
      jam(pagi(tenggat.batasFinal(kalenderId), -7));
      langkah("akhir", siklus, s -> evaluation.nilaiAkhir(s.skpId(), s.penilai(), SESUAI));
      jam(new Date(tenggat.batasFinal(kalenderId).getTime() + JAM)); // past the last deadline: every timer left fires
      double detikTahun = detik(mulai);

      // Every cycle got through the year's evaluations with a final predicate, and no job failed (not timed).
      assertThat(gagal(jdbc) - gagalAwal).as("failed job executions in the year").isZero();
      assertThat(runtimeService.createIncidentQuery().count()).as("incidents").isZero();
      assertThat(jdbc.queryForObject("select count(*) from evaluasi_periodik e join skp s on s.id = e.skp_id"
          + " where s.tahun = ? and e.status = 'DINILAI' and e.predikat is not null", Long.class, tahun))
          .as("periods rated").isEqualTo((long) siklus.size() * periode.size());
      assertThat(jdbc.queryForObject("select count(*) from evaluasi_akhir e join skp s on s.id = e.skp_id"
          + " where s.tahun = ? and e.status = 'DINILAI' and e.predikat is not null", Long.class, tahun))
          .as("final ratings with a predicate").isEqualTo(siklus.size());
      assertThat(historyService.createHistoricActivityInstanceQuery().activityId(SkpFinalEvaluationProcess.END_EVALUATED).count())
          .as("final evaluations ended evaluated").isEqualTo(siklus.size());
      assertThat(historyService.createHistoricActivityInstanceQuery().activityId(SkpAnnualCycleProcess.GATEWAY_CALIBRATION_APPLIES)
          .finished().count()).as("cycles past the year's evaluations").isEqualTo(siklus.size());
      long kalibrasi = runtimeService.createExecutionQuery().activityId(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE).count();
      long jobs = sukses(jdbc) - jobAwal;
      catatan.add(String.format("the year: %d user tasks done, %d jobs executed (timers, reminders, continuations); afterwards %d cycles"
          + " wait for their perangkat daerah's calibration (%s), %d past it", (long) siklus.size() * tugasSetahun, jobs, kalibrasi,
          SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE, siklus.size() - kalibrasi));

      // The baseline: the bare engine's instances through as many user tasks, round by round on as many threads.
      JdbcTemplate jdbcPolos = new JdbcTemplate(polos.konfigurasi().getDataSource());
      long dbPolosAwal = ukuranDb(jdbcPolos);
      String[] instance = new String[siklus.size()];
      paralel(siklus.size(), i -> instance[i] = polos.mulaiTahun(siklus.get(i).nip(), tugasSetahun));
      statistik(jdbcPolos);
      t = System.nanoTime();
      for (int putaran = 0; putaran < tugasSetahun; putaran++) paralel(instance.length, i -> polos.selesaikan(instance[i]));
      double detikPolos = detik(t);
      assertThat(polos.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(MesinPolos.PROSES_TAHUN).count()).isZero();
      double kibPolos = (ukuranDb(jdbcPolos) - dbPolosAwal) / 1024.0 / siklus.size();

      baris("P4 setahun: " + siklus.size() + " pegawai × " + tugasSetahun + " tugas (rencana, " + periode.size()
          + " laporan, " + periode.size() + " penilaian, akhir)"
          + ", timer dan pengingat", String.format("%.1f menit (%.0f s)", detikTahun / 60, detikTahun),
          String.format("%.0f s (%d instance × %d tugas, %d utas)", detikPolos, siklus.size(), tugasSetahun, UTAS),
          rasio(detikTahun, detikPolos), "< 10 menit (1000 pegawai)");
      baris("P4 per langkah: " + String.join(" / ", detikLangkah.keySet()) + " (s)",
          detikLangkah.values().stream().map(d -> String.format("%.0f", d)).collect(Collectors.joining(" / ")), "-", "-", "-");
      baris("P4 gagal / dieksekusi ganda", (gagal(jdbc) - gagalAwal) + " / " + ganda(jdbc), "-", "-", "0 / 0");

      // Sizing: what the year added to the database (from before the launch), per employee-year.
      long tumbuh = ukuranDb(jdbc) - dbAwal;
      Map<String, Long> ukuranAkhir = ukuranTabel(jdbc);
      Map<String, Long> tabelTumbuh = ukuranAkhir.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - ukuranAwal.getOrDefault(e.getKey(), 0L)));
      long riwayat = tabelTumbuh.entrySet().stream().filter(e -> e.getKey().startsWith("act_hi_")).mapToLong(Map.Entry::getValue).sum();
      baris("P4 basis data: pertumbuhan per pegawai-tahun (peluncuran s.d. akhir)",
          String.format("%.0f KiB (total %.1f MiB, act_hi_* %.0f%%)", tumbuh / 1024.0 / siklus.size(), tumbuh / 1048576.0, 100.0 * riwayat / tumbuh),
          String.format("%.0f KiB per instance (%d tugas)", kibPolos, tugasSetahun), rasio(tumbuh / 1024.0 / siklus.size(), kibPolos), "-");
      catatan.add("largest growth per employee-year: " + tabelTumbuh.entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
          .map(e -> String.format("%s %.1f KiB (%.0f rows)", e.getKey(), e.getValue() / 1024.0 / siklus.size(),
              jdbc.queryForObject("select count(*) from " + e.getKey(), Long.class) / (double) siklus.size()))
          .collect(Collectors.joining(", ")));
      System.out.println("\n" + tulis());
    }
  }

  interface Kerja { void untuk(Siklus s) throws Exception; }

  /**
   * One step of every cycle on the users' threads, then the job executor's work it left; both timed. The planner
   * statistics first (not timed), as autovacuum would have them once the day's timers made the users' tasks.
   */
  private void langkah(String jenis, List<Siklus> siklus, Kerja kerja) throws InterruptedException, IOException {
    statistik(jdbc);
    long t = System.nanoTime();
    paralel(siklus.size(), i -> {
      try {
        kerja.untuk(siklus.get(i));
      } catch (Exception e) {
        throw new IllegalStateException(siklus.get(i) + ": " + e.getMessage(), e);
      }
    });
    detikLangkah.merge(jenis, detik(t), Double::sum);
    latar();
    kemajuan = "so far, up to a " + jenis + " step with the engine clock at " + ClockUtil.getCurrentTime().toInstant() + ": "
        + detikLangkah.entrySet().stream().map(e -> String.format("%s %.0f s", e.getKey(), e.getValue())).collect(Collectors.joining(", "));
    tulis();
  }

  /** Moves the engine clock forward to {@code saat} and waits until the job executor ran whatever fell due. */
  private void jam(Date saat) throws InterruptedException {
    if (saat.after(ClockUtil.getCurrentTime())) ClockUtil.setCurrentTime(saat);
    latar();
  }

  private void latar() throws InterruptedException {
    long t = System.nanoTime();
    tungguKosong(engine);
    detikLangkah.merge("timer dan lanjutan", detik(t), Double::sum);
  }

  /** 09:00 on the day {@code hari} days from a lock instant (00:00 after a deadline day): a user's working morning. */
  private static Date pagi(Date terkunciPada, int hari) { return new Date(terkunciPada.getTime() + hari * HARI + 9 * JAM); }

  private Map<Long, List<Long>> indikator() {
    return jdbc.query("select r.skp_id, i.id from indikator i join rhk r on r.id = i.rhk_id join skp s on s.id = r.skp_id"
        + " where s.tahun = ? order by i.id", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, tahun).stream()
        .collect(Collectors.groupingBy(r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
  }

  private static LaporanInput laporan(List<Long> indikator) {
    return new LaporanInput("Menyusun laporan dan menata arsip sesuai rencana",
        indikator.stream().map(id -> new LaporanInput.RealisasiInput(id, "Tercapai sesuai rencana periode ini")).toList());
  }

  private org.springframework.http.ResponseEntity<JsonNode> admin(String path, Map<String, Object> badan) {
    return rest.withBasicAuth(BenchmarkTest.ADMIN, BenchmarkTest.SANDI_ADMIN)
        .postForEntity("/api/instansi/" + BenchmarkTest.KODE + path, badan, JsonNode.class);
  }

  private void impor(String jenis, String csv) {
    var jawab = rest.withBasicAuth(BenchmarkTest.ADMIN, BenchmarkTest.SANDI_ADMIN)
        .postForEntity("/api/instansi/" + BenchmarkTest.KODE + "/impor/" + jenis, Berkas.csv(csv), String.class);
    assertThat(jawab.getStatusCode().is2xxSuccessful()).as("import %s: %s", jenis, jawab.getBody()).isTrue();
  }

  /** Successful job executions in the job log. */
  private static long sukses(JdbcTemplate jdbc) { return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class); }

  private static long ukuranDb(JdbcTemplate jdbc) { return jdbc.queryForObject("select pg_database_size(current_database())", Long.class); }

  /** Every table's size with its indexes and TOAST, by name. */
  private static Map<String, Long> ukuranTabel(JdbcTemplate jdbc) {
    return jdbc.query("select c.relname, pg_total_relation_size(c.oid) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
        + " where c.relkind = 'r' and n.nspname = current_schema()", (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
        .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** A row of the table; the file is rewritten after each, so a run cut short keeps the figures it reached. */
  private void baris(String... kolom) throws IOException {
    tabel.add(kolom);
    tulis();
  }

  private String tulis() throws IOException {
    StringBuilder teks = new StringBuilder("| angka | diukur | dasar (mesin polos, run yang sama) | rasio | sasaran |\n| --- | --- | --- | --- | --- |\n");
    tabel.forEach(k -> teks.append("| ").append(String.join(" | ", k)).append(" |\n"));
    teks.append('\n').append("P4: ").append(N).append(" pegawai, kalender bengkalis-2024 tahun ").append(tahun).append(", server ")
        .append(server.tertanam() == null ? server.url() : "embedded PostgreSQL (zonky)").append(", ")
        .append(Runtime.getRuntime().availableProcessors()).append(" CPU, ").append(Instant.now()).append('\n');
    catatan.forEach(c -> teks.append("- ").append(c).append('\n'));
    if (tabel.isEmpty()) teks.append("- ").append(kemajuan).append('\n');
    Path keluar = Path.of("target", "bench", "tahun-" + N + ".md");
    Files.createDirectories(keluar.getParent());
    Files.writeString(keluar, teks);
    return teks.toString();
  }
}
