package id.kinerjaflow.latar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerjaflow.support.ProsesTest;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Background work runs after the request, one job per target; a target that fails is reported with its reason and retried alone. */
@ProsesTest
@Import(PekerjaanLatarTest.LangkahUji.class)
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
          DIKERJAKAN.add(sasaran);
        }
      };
    }
  }

  @Autowired PekerjaanLatarService latar;
  @Autowired ManagementService managementService;
  @Autowired PlatformTransactionManager transactionManager;

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
}
