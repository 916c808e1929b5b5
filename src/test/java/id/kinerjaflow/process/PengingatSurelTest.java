package id.kinerjaflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDateTime;
import id.kinerjaflow.organization.OrganizationService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** With mail configured, a reminder also reaches the assignee by e-mail (a real SMTP server, GreenMail); done work is not reminded. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles({"demo", "test"}) // test last: its settings win over the demo's
@DirtiesContext // one engine per JVM at a time: the process application registers it by name
class PengingatSurelTest {
  @RegisterExtension static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;
  @Autowired OrganizationService organization;

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void pengingatRencanaSampaiKePegawaiSelamaRencanaBelumDiajukan() throws Exception {
    // Given: an employee with an e-mail address drafting the 2024 plan (deadline 31 January).
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    organization.ubahEmail(org.pegawai(), "budi.santoso@contoh.go.id");
    Skp skp = skenario.mulai(org.pegawai(), 2024);

    // When: seven days before the lock.
    skenario.jam(LocalDateTime.of(2024, 1, 25, 0, 0), skp.businessKey());

    // Then: one e-mail to the employee, naming the task and the deadline.
    MimeMessage[] surel = smtp.getReceivedMessages();
    assertThat(surel).hasSize(1);
    assertThat(surel[0].getAllRecipients()[0].toString()).isEqualTo("budi.santoso@contoh.go.id");
    assertThat(surel[0].getSubject()).isEqualTo("Pengingat: Susun Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")");
    assertThat(GreenMailUtil.getBody(surel[0])).contains("Batas waktunya 31 Januari 2024");

    // The employee submits; the last reminder finds only the appraiser's review (no address): no second e-mail to the employee.
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    skenario.jam(LocalDateTime.of(2024, 1, 31, 0, 0), skp.businessKey());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void pengingatPenilaianAkhirSampaiKePenilai() throws Exception {
    // Given: an appraiser with an e-mail address; the year 2024 has ended and the final rating is open until 31 January 2025.
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    organization.ubahEmail(org.penilai(), "kepala.bidang@contoh.go.id");
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 1, 0, 0), skp.businessKey());
    smtp.purgeEmailFromAllMailboxes(); // the periods' reminders of the year

    // When: seven days before the final lock.
    skenario.jam(LocalDateTime.of(2025, 1, 25, 0, 0), skp.businessKey());

    // Then: the appraiser gets one e-mail naming the final rating and its deadline.
    MimeMessage[] surel = smtp.getReceivedMessages();
    assertThat(surel).hasSize(1);
    assertThat(surel[0].getAllRecipients()[0].toString()).isEqualTo("kepala.bidang@contoh.go.id");
    assertThat(surel[0].getSubject()).startsWith("Pengingat: Nilai Kinerja Akhir Tahun 2024");
    assertThat((String) surel[0].getContent()).contains("Batas waktunya 31 Januari 2025");
  }
}
