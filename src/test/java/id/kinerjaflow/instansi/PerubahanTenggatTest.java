package id.kinerjaflow.instansi;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import id.kinerjaflow.latar.PekerjaanLatarService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * BKPSDM extends a deadline by a new circular: the calendar changes, the engine recalculates the running timers from
 * the models' expressions in the background, and locking follows the new date.
 */
@ProsesTest
class PerubahanTenggatTest {
  static final String ALASAN = "SE Sekda No. 800.1.5/BKPP/2024/77 tentang perpanjangan";

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired TenggatService tenggat;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;
  @Autowired PekerjaanLatarService latar;
  @Autowired HistoryService historyService;
  @Autowired RuntimeService runtimeService;

  TestOrganisasi.Org org;

  @BeforeEach
  void bengkalis2024() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void timerSemuaSiklusBerjalanDihitungUlangMesinDariEkspresinyaDiLatar() {
    // Given: two employees' cycles of the instansi, each waiting for the report of January–February (due 20 March).
    Skp a = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    Skp b = skenario.rencanaDisetujui(skenario.mulai(org.verifikator(), 2024));
    skenario.jam(LocalDateTime.of(2024, 3, 10, 9, 0), a.businessKey());
    skenario.jam(LocalDateTime.of(2024, 3, 10, 9, 0), b.businessKey());
    List<ProcessInstance> periode = List.of(skenario.periode(a.businessKey()), skenario.periode(b.businessKey()));

    // When: the deadline moves to 27 March (the report deadline with it).
    PerubahanTenggat p = tenggat.ubah(org.instansi(), 2024,
        new TenggatService.Perubahan(JenisTenggat.PERIODE, 1, null, LocalDate.of(2024, 3, 27), ALASAN), "admin");

    // Then: the change names its background work, done for both processes once the job executor ran it.
    PekerjaanLatarService.Kemajuan kemajuan = latar.kemajuan(p.getPekerjaanLatar());
    Assertions.assertThat(kemajuan).extracting(PekerjaanLatarService.Kemajuan::status, PekerjaanLatarService.Kemajuan::jumlah,
        PekerjaanLatarService.Kemajuan::selesai, PekerjaanLatarService.Kemajuan::gagal)
        .containsExactly(PekerjaanLatarService.Status.SELESAI, 2, 2L, List.of());
    Date terkunci = Skenario.wib(LocalDateTime.of(2024, 3, 28, 0, 0));
    for (ProcessInstance pi : periode) {
      // The engine recalculated every timer from its expression (the calendar), on behalf of the admin.
      Assertions.assertThat(jobs(pi, SkpPeriodicEvaluationProcess.TIMER_DEADLINE)).containsExactly(terkunci);
      Assertions.assertThat(jobs(pi, SkpPeriodicEvaluationProcess.TIMER_REPORT_DEADLINE)).containsExactly(terkunci);
      Assertions.assertThat(jobs(pi, SkpPeriodicEvaluationProcess.TIMER_REMINDER)).containsExactly(
          Skenario.wib(LocalDateTime.of(2024, 3, 21, 0, 0)), Skenario.wib(LocalDateTime.of(2024, 3, 21, 0, 0)),
          Skenario.wib(LocalDateTime.of(2024, 3, 27, 0, 0)), Skenario.wib(LocalDateTime.of(2024, 3, 27, 0, 0)));
      Assertions.assertThat(historyService.createUserOperationLogQuery().processInstanceId(pi.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_RECALC_DUEDATE).list())
          .isNotEmpty().allSatisfy(e -> Assertions.assertThat(e.getUserId()).isEqualTo("admin"));
      // The report task's due date follows its dueDate expression; no date was copied into the process.
      Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate()).isEqualTo(terkunci);
      Assertions.assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("batasLaporan", "batasPeriode");
    }
  }

  @Test
  void periodeDiperpanjangTidakTerkunciPadaBatasLama() {
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2024, 3, 10, 9, 0), skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());
    assertThat(periode).isWaitingAt(SkpPeriodicEvaluationProcess.TASK_REPORT);

    // When: January–February (20 March) is extended to 27 March.
    PerubahanTenggat p = tenggat.ubah(org.instansi(), 2024,
        new TenggatService.Perubahan(JenisTenggat.PERIODE, 1, null, LocalDate.of(2024, 3, 27), ALASAN), "admin");

    // Then: the lock timer and the task's due date move; the change is recorded with its reason.
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(periode.getId())
        .activityId(SkpPeriodicEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 3, 28, 0, 0)));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(periode.getId()).singleResult().getDueDate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 3, 28, 0, 0)));
    Assertions.assertThat(p).extracting(PerubahanTenggat::getBatasLama, PerubahanTenggat::getBatasBaru,
            PerubahanTenggat::getAlasan, PerubahanTenggat::getOleh, PerubahanTenggat::getProsesDipindahkan)
        .containsExactly(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 3, 27), ALASAN, "admin", 1);

    // The old deadline passes: still open; reported and rated one minute before the new lock.
    skenario.jam(LocalDateTime.of(2024, 3, 21, 0, 1), skp.businessKey());
    assertThat(periode).isWaitingAt(SkpPeriodicEvaluationProcess.TASK_REPORT);
    skenario.jam(LocalDateTime.of(2024, 3, 27, 23, 59), skp.businessKey());
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));
    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    Assertions.assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).isEqualTo(Predikat.BAIK);
  }

  @Test
  void periodeDiperpanjangTerkunciPadaBatasBaru() {
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    skenario.jam(LocalDateTime.of(2024, 3, 10, 9, 0), skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());
    tenggat.ubah(org.instansi(), 2024,
        new TenggatService.Perubahan(JenisTenggat.PERIODE, 1, null, LocalDate.of(2024, 3, 27), ALASAN), "admin");

    skenario.jam(LocalDateTime.of(2024, 3, 28, 0, 1), skp.businessKey());

    assertThat(periode).isEnded().hasPassed(SkpPeriodicEvaluationProcess.END_LOCKED);
    assertThatThrownBy(() -> evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("27 Maret 2024");
    // A deadline that has passed cannot be moved any more.
    assertThatThrownBy(() -> tenggat.ubah(org.instansi(), 2024,
        new TenggatService.Perubahan(JenisTenggat.PERIODE, 1, null, LocalDate.of(2024, 4, 5), ALASAN), "admin"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Batas periode Januari–Februari 2024 (27 Maret 2024) sudah lewat; tenggat yang sudah lewat tidak dapat diubah.");
  }

  @Test
  void batasRencanaDanFinalDiperpanjang() {
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    ProcessInstance perencanaan = skenario.instance(skp.businessKey(), SkpPlanningProcess.PROCESS_ID);

    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.RENCANA, null, null, LocalDate.of(2024, 2, 15), ALASAN), "admin");

    Assertions.assertThat(managementService.createJobQuery().processInstanceId(perencanaan.getId())
        .activityId(SkpPlanningProcess.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 2, 16, 0, 0)));
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(perencanaan.getId())
        .activityId(SkpPlanningProcess.TIMER_REMINDER).orderByJobDuedate().asc().list()).extracting(Job::getDuedate)
        .containsExactly(Skenario.wib(LocalDateTime.of(2024, 2, 9, 0, 0)), Skenario.wib(LocalDateTime.of(2024, 2, 15, 0, 0)));
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(perencanaan.getId()).singleResult().getDueDate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 2, 16, 0, 0)));
    skenario.jam(LocalDateTime.of(2024, 2, 1, 0, 1), skp.businessKey());
    Assertions.assertThat(planning.get(skp.getId()).isTerlambat()).isFalse();
    skenario.jam(LocalDateTime.of(2024, 2, 16, 0, 0), skp.businessKey());
    Assertions.assertThat(planning.get(skp.getId()).isTerlambat()).isTrue();

    skenario.rencanaDisetujui(skp);
    ProcessInstance akhir = skenario.instance(skp.businessKey(), SkpFinalEvaluationProcess.PROCESS_ID);
    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.FINAL, null, null, LocalDate.of(2025, 2, 14), ALASAN), "admin");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(akhir.getId())
        .activityId(SkpFinalEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2025, 2, 15, 0, 0)));
    Assertions.assertThat(jobs(akhir, SkpFinalEvaluationProcess.TIMER_REMINDER))
        .containsExactly(Skenario.wib(LocalDateTime.of(2025, 2, 8, 0, 0)), Skenario.wib(LocalDateTime.of(2025, 2, 14, 0, 0)));
  }

  private List<Date> jobs(ProcessInstance pi, String aktivitas) {
    return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(aktivitas).orderByJobDuedate().asc().list()
        .stream().map(Job::getDuedate).toList();
  }
}
