package id.kinerjaflow.latar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerjaflow.support.ProsesTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Background work runs after the request, one job per target; a target that fails is reported with its reason and retried alone. */
@ProsesTest
@Import(PekerjaanLatarTest.LangkahUji.class)
@TestPropertySource(properties = "kinerja.latar.ukuran-bagian=2")
class PekerjaanLatarTest {
  static final List<String> DIKERJAKAN = new CopyOnWriteArrayList<>();

  @TestConfiguration
  static class LangkahUji {
    @Bean
    LangkahLatar langkahUji() {
      return new LangkahLatar() {
        @Override
        public String jenis() { return "uji"; }

        @Override
        public void kerjakan(long pekerjaanLatarId, String sasaran) {
          if (sasaran.equals("rusak")) throw new IllegalStateException("Sasaran rusak tidak dapat dikerjakan");
          if (sasaran.equals("bentrok")) throw new OptimisticLockingException("Sasaran bentrok diubah transaksi lain");
          DIKERJAKAN.add(sasaran);
        }
      };
    }
  }

  @Autowired PekerjaanLatarService latar;
  @Autowired ManagementService managementService;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void kosongkan() { DIKERJAKAN.clear(); }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void kemajuanMenyebutSasaranYangGagalDenganAlasannya() {
    // When: work over three targets is asked for; the job executor runs it after the request's commit.
    PekerjaanLatar p = new TransactionTemplate(transactionManager)
        .execute(tx -> latar.mulai("uji", "uji-latar", "Pekerjaan uji", List.of("a", "rusak", "b"), "admin"));

    // Then: two are done; the third fails (as the job executor would run it), and waits for its retries with the reason.
    assertThat(DIKERJAKAN).containsExactlyInAnyOrder("a", "b");
    String sisa = managementService.createJobQuery().processInstanceId(p.getProcessInstanceId()).singleResult().getId();
    assertThatThrownBy(() -> managementService.executeJob(sisa)).hasMessageContaining("Sasaran rusak");
    PekerjaanLatarService.Kemajuan kemajuan = latar.kemajuan("uji-latar", p.getId());
    assertThat(kemajuan.status()).isEqualTo(PekerjaanLatarService.Status.BERJALAN);
    assertThat(kemajuan.jumlah()).isEqualTo(3);
    assertThat(kemajuan.selesai()).isEqualTo(2);
    assertThat(kemajuan.gagal()).singleElement().satisfies(g -> {
      assertThat(g.sasaran()).isEqualTo("rusak");
      assertThat(g.alasan()).contains("Sasaran rusak tidak dapat dikerjakan");
      assertThat(g.sisaPercobaan()).isEqualTo(2);
    });
  }

  @Test
  void sasaranDibagiKeBeberapaProsesYangBerjalanBerdampingan() {
    // When: work over five targets is asked for, with parts of two.
    PekerjaanLatar p = new TransactionTemplate(transactionManager)
        .execute(tx -> latar.mulai("uji", "uji-latar", "Pekerjaan uji", List.of("c1", "c2", "c3", "c4", "c5"), "admin"));

    // Then: three process instances (their exclusive jobs do not wait for each other's), one progress over all five.
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("latar-" + p.getId()).list())
        .hasSize(3).allSatisfy(bagian -> assertThat(bagian.getEndTime()).isNotNull());
    assertThat(DIKERJAKAN).contains("c1", "c2", "c3", "c4", "c5");
    assertThat(latar.kemajuan("uji-latar", p.getId())).extracting(PekerjaanLatarService.Kemajuan::status,
        PekerjaanLatarService.Kemajuan::jumlah, PekerjaanLatarService.Kemajuan::selesai)
        .containsExactly(PekerjaanLatarService.Status.SELESAI, 5, 5L);
    assertThat(latar.berjalan(p.getId())).isFalse();
  }

  @Test
  void sasaranYangHabisPercobaannyaMengakhiriPekerjaanDenganKegagalannya() {
    // Given: work whose one target keeps failing.
    PekerjaanLatar p = new TransactionTemplate(transactionManager)
        .execute(tx -> latar.mulai("uji", "uji-latar", "Pekerjaan uji gagal", List.of("d1", "rusak", "d2"), "admin"));
    String sisa = managementService.createJobQuery().processInstanceId(p.getProcessInstanceId()).singleResult().getId();

    // When: every try fails (as the job executor would run them, 10 seconds and then 5 minutes apart).
    for (int i = 0; i < 3; i++) assertThatThrownBy(() -> managementService.executeJob(sisa)).hasMessageContaining("Sasaran rusak");

    // Then: the work has ended, with the target listed as failed, its reason and no try left; an incident waits in
    // Cockpit, and a new work of the same kind may start (a launch is no longer "running").
    PekerjaanLatarService.Kemajuan kemajuan = latar.kemajuan("uji-latar", p.getId());
    assertThat(kemajuan.status()).isEqualTo(PekerjaanLatarService.Status.SELESAI);
    assertThat(kemajuan.selesaiPada()).isNotNull();
    assertThat(kemajuan.selesai()).isEqualTo(2);
    assertThat(kemajuan.gagal()).singleElement().satisfies(g -> {
      assertThat(g.sasaran()).isEqualTo("rusak");
      assertThat(g.alasan()).contains("Sasaran rusak tidak dapat dikerjakan");
      assertThat(g.sisaPercobaan()).isZero();
    });
    assertThat(runtimeService.createIncidentQuery().processInstanceId(p.getProcessInstanceId()).count()).isEqualTo(1);
    assertThat(latar.berjalan(p.getId())).isFalse();
  }

  @Test
  void sasaranYangGagalDicobaLagiSepuluhDetikLaluLimaMenitKemudian() {
    // Given: work whose one target fails, at 08:00.
    Instant jam8 = Instant.parse("2027-01-04T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(jam8));
    String sisa = jobnya(satuSasaran("rusak"));

    // When/then: the first failure is tried again 10 seconds later, the second 5 minutes later.
    assertThatThrownBy(() -> managementService.executeJob(sisa)).hasMessageContaining("Sasaran rusak");
    assertThat(job(sisa)).extracting(Job::getDuedate, Job::getRetries).containsExactly(Date.from(jam8.plusSeconds(10)), 2);
    assertThatThrownBy(() -> managementService.executeJob(sisa)).hasMessageContaining("Sasaran rusak");
    assertThat(job(sisa)).extracting(Job::getDuedate, Job::getRetries)
        .containsExactly(Date.from(jam8.plus(Duration.ofMinutes(5))), 1);
  }

  @Test
  void sasaranYangBentrokDenganTransaksiLainDicobaLagiSepuluhDetikKemudianTanpaMenghabiskanPercobaan() {
    // Given: work whose one target meets another node's transaction on every try (optimistic locking), at 08:00.
    Instant jam8 = Instant.parse("2027-01-04T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(jam8));
    PekerjaanLatar p = satuSasaran("bentrok");
    String sisa = jobnya(p);

    // When: it collides five times, a minute apart.
    for (int i = 0; i < 5; i++) {
      Instant sekarang = jam8.plus(Duration.ofMinutes(i));
      ClockUtil.setCurrentTime(Date.from(sekarang));
      assertThatThrownBy(() -> managementService.executeJob(sisa)).hasMessageContaining("Sasaran bentrok");

      // Then: each time it is due again 10 seconds later and keeps its three tries; no incident, the work still runs.
      assertThat(job(sisa)).extracting(Job::getDuedate, Job::getRetries).containsExactly(Date.from(sekarang.plusSeconds(10)), 3);
    }
    assertThat(runtimeService.createIncidentQuery().processInstanceId(p.getProcessInstanceId()).count()).isZero();
    assertThat(latar.berjalan(p.getId())).isTrue();
  }

  private PekerjaanLatar satuSasaran(String sasaran) {
    return new TransactionTemplate(transactionManager)
        .execute(tx -> latar.mulai("uji", "uji-latar", "Pekerjaan uji " + sasaran, List.of(sasaran), "admin"));
  }

  private String jobnya(PekerjaanLatar p) {
    return managementService.createJobQuery().processInstanceId(p.getProcessInstanceId()).singleResult().getId();
  }

  private Job job(String id) { return managementService.createJobQuery().jobId(id).singleResult(); }
}
