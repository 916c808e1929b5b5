package id.kinerjaflow.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the benchmark's test classes share: the users' threads, waiting for the job executor, the job log's counts. */
final class AlatBench {
  /** The concurrent users (or starts) of a step: a Pemda's BKPSDM and appraisers at work at once. */
  static final int UTAS = 4;

  private AlatBench() {}

  /** Runs {@code jumlah} calls on UTAS threads. */
  static void paralel(int jumlah, IntConsumer kerja) throws InterruptedException {
    ExecutorService utas = Executors.newFixedThreadPool(UTAS);
    AtomicInteger berikut = new AtomicInteger();
    List<Throwable> galat = Collections.synchronizedList(new ArrayList<>());
    for (int u = 0; u < UTAS; u++) {
      utas.submit(() -> {
        for (int i; (i = berikut.getAndIncrement()) < jumlah && galat.isEmpty(); ) {
          try {
            kerja.accept(i);
          } catch (Throwable e) {
            galat.add(e);
          }
        }
      });
    }
    utas.shutdown();
    utas.awaitTermination(4, TimeUnit.HOURS);
    if (!galat.isEmpty()) throw new IllegalStateException(galat.get(0));
  }

  /** Until no job of the engine is due, keeping its job executor awake after the clock moved. */
  static void tungguKosong(ProcessEngine engine) throws InterruptedException {
    var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    tunggu(() -> {
      jobExecutor.jobWasAdded();
      return engine.getManagementService().createJobQuery().executable().count() == 0;
    }, 4 * 3600);
  }

  static void tunggu(BooleanSupplier selesai, int detikMaks) throws InterruptedException {
    long batas = System.nanoTime() + detikMaks * 1_000_000_000L;
    while (!selesai.getAsBoolean()) {
      if (System.nanoTime() > batas) throw new IllegalStateException("tidak selesai dalam " + detikMaks + " s");
      Thread.sleep(200);
    }
  }

  /**
   * Fresh planner statistics in these databases before a measured step on tables filled since (not timed), as autovacuum
   * would have gathered them on a production server: the PostgreSQL here runs with autovacuum off. Never on empty tables:
   * statistics that say "empty" make the inserts' foreign-key checks scan whole tables while they fill.
   */
  static void statistik(JdbcTemplate... basisData) {
    for (JdbcTemplate jdbc : basisData) jdbc.execute("analyze");
  }

  /** Failed executions in the job log. */
  static long gagal(JdbcTemplate jdbc) { return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1", Long.class); }

  /** Jobs that succeeded more than once. */
  static long ganda(JdbcTemplate jdbc) {
    return jdbc.queryForObject("select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2"
        + " group by job_id_ having count(*) > 1) d", Long.class);
  }

  static double detik(long sejakNano) { return (System.nanoTime() - sejakNano) / 1e9; }

  static String f(double laju) { return String.format("%.1f", laju); }

  static String rasio(double a, double b) { return String.format("%.2f", a / b); }
}
