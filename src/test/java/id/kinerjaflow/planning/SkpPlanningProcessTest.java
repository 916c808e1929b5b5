package id.kinerjaflow.planning;

import static id.kinerjaflow.process.SkpPlanningProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Planning (skp-planning): the employee drafts, the appraiser approves or returns, the plan is set by 31 January. */
@ProsesTest
class SkpPlanningProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired PlanningService planning;

  TestOrganisasi.Org org;
  Skp skp;
  ProcessInstance perencanaan;

  @BeforeEach
  void sebuahSkpBaruPadaAwalTahun() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.mulai(org.pegawai(), 2024);
    perencanaan = skenario.instance(skp.businessKey(), PROCESS_ID);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void rencanaDisetujuiPadaTinjauanPertama() {
    assertThat(perencanaan).isWaitingAt(TASK_DRAFT).task().isAssignedTo(org.pegawai())
        .hasName("Susun Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")")
        .hasDueDate(Skenario.wib(LocalDateTime.of(2024, 2, 1, 0, 0)));

    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    assertThat(perencanaan).isWaitingAt(TASK_REVIEW).task().isAssignedTo(org.penilai());

    planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(true, "Sesuai perjanjian kinerja", null));

    assertThat(perencanaan).isEnded().hasPassed(END_PLAN_SET).hasNotPassed(TASK_REVISE, TASK_VERIFY);
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(perencanaan.getId()).count())
        .as("no reminder is left for a plan that is set").isZero();
    Assertions.assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DITETAPKAN);
    assertThat(skenario.instance(skp.businessKey(), SkpAnnualCycleProcess.PROCESS_ID))
        .isWaitingAt(SkpAnnualCycleProcess.CALL_PERIODIC_EVALUATION, SkpAnnualCycleProcess.CALL_FINAL_EVALUATION);
    Assertions.assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(perencanaan.getId()).list())
        .as("the titles the task history shows").extracting(HistoricTaskInstance::getName).containsExactlyInAnyOrder(
            "Susun Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")", "Tinjau Rencana SKP 2024 — Budi Santoso (" + org.pegawai() + ")");
  }

  @Test
  void rencanaDikembalikanDiperbaikiLaluDisetujui() {
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    Long rhkPertama = skenario.baca(() -> planning.get(skp.getId()).getRhk().get(0).getId());

    planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(false, "Target kuantitas terlalu rendah",
        Map.of(rhkPertama, "Naikkan menjadi 24 laporan")));

    assertThat(perencanaan).isWaitingAt(TASK_REVISE).task().isAssignedTo(org.pegawai());
    Skp dikembalikan = planning.get(skp.getId());
    Assertions.assertThat(dikembalikan.getStatus()).isEqualTo(StatusSkp.DIKEMBALIKAN);
    Assertions.assertThat(dikembalikan.getCatatanPenilai()).isEqualTo("Target kuantitas terlalu rendah");
    Assertions.assertThat(skenario.baca(() -> planning.get(skp.getId()).getRhk().get(0).getCatatanPenilai()))
        .isEqualTo("Naikkan menjadi 24 laporan");

    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    assertThat(perencanaan).isWaitingAt(TASK_REVIEW);
    planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(true, null, null));

    assertThat(perencanaan).isEnded().hasPassed(TASK_REVISE, END_PLAN_SET);
    Assertions.assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DITETAPKAN);
  }

  @Test
  void pengembalianTanpaCatatanDitolak() {
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());

    assertThatThrownBy(() -> planning.tinjau(skp.getId(), org.penilai(), new TinjauanInput(false, " ", null)))
        .hasMessageContaining("catatan wajib diisi");
    assertThat(perencanaan).isWaitingAt(TASK_REVIEW);
  }

  @Test
  void tugasTidakDapatDiselesaikanTanpaFormulirnya() {
    String draf = taskService.createTaskQuery().processInstanceId(perencanaan.getId()).singleResult().getId();

    assertThatThrownBy(() -> taskService.complete(draf)).hasMessageContaining("hanya dapat diselesaikan melalui formulirnya");
    assertThat(perencanaan).isWaitingAt(TASK_DRAFT);
    Assertions.assertThat(planning.get(skp.getId()).getStatus()).isEqualTo(StatusSkp.DRAFT);
  }

  @Test
  void hanyaPemilikYangMenyusunDanHanyaPenilaiYangMeninjau() {
    assertThatThrownBy(() -> planning.ubahRencana(skp.getId(), org.penilai(), Skenario.rencanaDuaRhk()))
        .isInstanceOf(ForbiddenException.class);
    planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), org.pegawai());
    assertThatThrownBy(() -> planning.tinjau(skp.getId(), org.pegawai(), new TinjauanInput(true, null, null)))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> planning.ubahRencana(skp.getId(), org.pegawai(), Skenario.rencanaDuaRhk()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("DIAJUKAN");
  }

  @Test
  void pengingatTujuhDanSatuHariSebelumBatasLaluSkpTercatatTerlambatTanpaMenghentikanPerencanaan() {
    skenario.jam(LocalDateTime.of(2024, 1, 24, 23, 59), skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(perencanaan.getId()).singleResult().getFollowUpDate()).isNull();

    skenario.jam(LocalDateTime.of(2024, 1, 25, 0, 0), skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(perencanaan.getId()).singleResult().getFollowUpDate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 1, 25, 0, 0)));
    assertThat(perencanaan).hasPassed(TIMER_REMINDER).hasNotPassed(TIMER_DEADLINE);

    skenario.jam(LocalDateTime.of(2024, 1, 31, 0, 0), skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(perencanaan.getId()).singleResult().getFollowUpDate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 1, 31, 0, 0)));

    skenario.jam(LocalDateTime.of(2024, 1, 31, 23, 59), skp.businessKey());
    Assertions.assertThat(planning.get(skp.getId()).isTerlambat()).isFalse();

    skenario.jam(LocalDateTime.of(2024, 2, 1, 0, 0), skp.businessKey());
    assertThat(perencanaan).hasPassed(END_MARKED_LATE).isWaitingAt(TASK_DRAFT);
    Assertions.assertThat(planning.get(skp.getId()).isTerlambat()).isTrue();

    skenario.rencanaDisetujui(planning.get(skp.getId()));
    assertThat(perencanaan).isEnded().hasPassed(END_PLAN_SET);
  }
}
