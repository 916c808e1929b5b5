package id.kinerjaflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerjaflow.api.EmbeddedPostgresConfig;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows inserted per cycle start (issue 11, docs/PERFORMANCE.md), per table: N cycles started in one transaction on an
 * embedded PostgreSQL, read from that transaction's {@code pg_stat_xact_user_tables} before and after, and the audit
 * tables' rows (Envers, at commit: one {@code revisi} for the whole transaction, where a launch has one per cycle). A measurement,
 * not part of the suite: {@code mvn -B -q test -Dtest=BarisPerSiklusTest -Dukur.siklus=20}; the table goes to stdout
 * and to target/ukur/baris-per-siklus.md.
 */
@ProsesTest
@Import(EmbeddedPostgresConfig.class)
@EnabledIfSystemProperty(named = "ukur.siklus", matches = "\\d+")
class BarisPerSiklusTest {
  @Autowired TestOrganisasi organisasi;
  @Autowired CycleService cycles;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void barisPerSiklus() throws IOException {
    int n = Integer.getInteger("ukur.siklus");
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    List<String> pegawai = IntStream.range(0, n).mapToObj(i -> organisasi.baru("bengkalis-2024", 2024).pegawai()).toList();

    Map<String, Long> auditSebelum = barisAudit();
    Map<String, Long> sisip = new TransactionTemplate(transactionManager).execute(tx -> selisih(sisipan(), () -> {
      pegawai.forEach(nip -> cycles.mulai(nip, 2024));
      return sisipan();
    }));
    assertThat(sisip).as("the engine writes in the measured transaction").containsKey("act_ru_execution");
    // Envers writes its audit rows as the transaction commits, after the statistics above were read: counted afterwards.
    sisip.putAll(selisih(auditSebelum, this::barisAudit));

    long total = sisip.values().stream().mapToLong(Long::longValue).sum();
    String tabel = "| tabel | baris per siklus |\n| --- | --- |\n" + sisip.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(e -> String.format("| `%s` | %.1f |%n", e.getKey(), e.getValue() / (double) n)).collect(Collectors.joining())
        + String.format("| **jumlah** | **%.1f** |%n", total / (double) n);
    System.out.println("Baris disisipkan per siklus (" + n + " siklus):\n" + tabel);
    Path berkas = Path.of("target/ukur/baris-per-siklus.md");
    Files.createDirectories(berkas.getParent());
    Files.writeString(berkas, tabel);
  }

  private static TreeMap<String, Long> selisih(Map<String, Long> sebelum, Supplier<Map<String, Long>> sesudah) {
    return sesudah.get().entrySet().stream().filter(e -> e.getValue() > sebelum.getOrDefault(e.getKey(), 0L))
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() - sebelum.getOrDefault(e.getKey(), 0L), (a, b) -> a, TreeMap::new));
  }

  /** Rows of the audit tables (Envers: insert only), per table. */
  private Map<String, Long> barisAudit() {
    return jdbc.queryForList("select relname from pg_stat_user_tables where relname like '%\\_aud' or relname = 'revisi'", String.class)
        .stream().collect(Collectors.toMap(t -> t, t -> jdbc.queryForObject("select count(*) from " + t, Long.class)));
  }

  /** Rows this transaction inserted so far, per table. */
  private Map<String, Long> sisipan() {
    return jdbc.queryForList("select relname, n_tup_ins from pg_stat_xact_user_tables").stream()
        .collect(Collectors.toMap(r -> (String) r.get("relname"), r -> ((Number) r.get("n_tup_ins")).longValue()));
  }
}
