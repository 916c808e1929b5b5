package id.kinerjaflow.evaluation;

import static id.kinerjaflow.evaluation.Rating.*;
import static id.kinerjaflow.process.SkpPeriodicEvaluationProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Periodic evaluation (skp-periodic-evaluation) on the Bengkalis calendar: January–February is
 * reported after it ends and rated by 20 March; after that day the period is locked.
 */
@ProsesTest
class SkpPeriodicEvaluationProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  TestOrganisasi.Org org;
  Skp skp;

  @BeforeEach
  void skpDitetapkanPadaJanuari() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void periodeMenungguSampaiBerakhir() {
    ProcessInstance periode = skenario.periode(skp.businessKey());
    assertThat(periode).isWaitingAt(GATEWAY_WAIT_FOR_PERIOD_END);

    skenario.jam(LocalDateTime.of(2024, 2, 29, 23, 59), skp.businessKey());
    assertThat(periode).isWaitingAt(GATEWAY_WAIT_FOR_PERIOD_END);

    skenario.jam(LocalDateTime.of(2024, 3, 1, 0, 0), skp.businessKey());
    assertThat(periode).isWaitingAt(TASK_REPORT).task().isAssignedTo(org.pegawai())
        .hasName("Laporkan Realisasi Januari–Februari 2024 — Budi Santoso (" + org.pegawai() + ")")
        .hasDueDate(Skenario.wib(LocalDateTime.of(2024, 3, 21, 0, 0)));
  }

  @Test
  void pengingatTujuhDanSatuHariSebelumBatasHanyaUntukPekerjaanYangBelumSelesai() {
    // January–February locks on 21 March 00:00: reminders on 14 and 20 March.
    skenario.jam(LocalDateTime.of(2024, 3, 13, 23, 59), skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(periode.getId()).singleResult().getFollowUpDate()).isNull();

    skenario.jam(LocalDateTime.of(2024, 3, 14, 0, 0), skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(periode.getId()).taskDefinitionKey(TASK_REPORT).singleResult()
        .getFollowUpDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 3, 14, 0, 0)));

    // The employee reports; the second reminder reaches the appraiser, whose rating is still open.
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));
    skenario.jam(LocalDateTime.of(2024, 3, 20, 0, 0), skp.businessKey());
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(periode.getId()).singleResult())
        .extracting(t -> t.getTaskDefinitionKey(), t -> t.getFollowUpDate())
        .containsExactly(TASK_RATE, Skenario.wib(LocalDateTime.of(2024, 3, 20, 0, 0)));

    // Rated: the period's work is done, and nothing is left to remind.
    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    assertThat(periode).isEnded();
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(periode.getId()).count()).isZero();
  }

  @Test
  void periodeDilaporkanDanDinilaiMenghasilkanPredikatDariMatriks() {
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());

    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));
    assertThat(periode).isWaitingAt(TASK_RATE).task().isAssignedTo(org.penilai())
        .hasName("Nilai Kinerja Januari–Februari 2024 — Budi Santoso (" + org.pegawai() + ")");

    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(DI_ATAS_EKSPEKTASI, DI_BAWAH_EKSPEKTASI));

    assertThat(periode).isEnded().hasPassed(END_EVALUATED).variables().containsEntry("predikat", "KURANG");
    EvaluasiPeriodik hasil = evaluation.periode(skp.getId(), 1);
    Assertions.assertThat(hasil.getStatus()).isEqualTo(StatusEvaluasi.DINILAI);
    Assertions.assertThat(hasil.getPredikat()).isEqualTo(Predikat.KURANG);
    Assertions.assertThat(skenario.baca(() -> evaluation.periode(skp.getId(), 1).getRealisasi().size())).isEqualTo(2);
    assertThat(skenario.periode(skp.businessKey())).isWaitingAt(GATEWAY_WAIT_FOR_PERIOD_END);
    Assertions.assertThat(evaluation.periode(skp.getId(), 2).getPeriode().getNama()).isEqualTo("Maret");
  }

  @Test
  void pegawaiDapatMelaporLebihAwal() {
    skenario.jam(LocalDateTime.of(2024, 2, 15, 10, 0), skp.businessKey());

    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));

    assertThat(skenario.periode(skp.businessKey())).hasPassed(MESSAGE_EARLY_REPORT_EVENT).isWaitingAt(TASK_RATE);
  }

  @Test
  void periodeTerkunciOlehBatasWaktu() {
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));

    skenario.jam(LocalDateTime.of(2024, 3, 21, 0, 0), skp.businessKey());

    assertThat(periode).isEnded().hasPassed(END_LOCKED);
    Assertions.assertThat(evaluation.periode(skp.getId(), 1).getStatus()).isEqualTo(StatusEvaluasi.TIDAK_DINILAI);
    Assertions.assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).isNull();
    assertThat(skenario.periode(skp.businessKey())).isWaitingAt(GATEWAY_WAIT_FOR_PERIOD_END);
  }

  @Test
  void penilaianSemenitSebelumKunciDiterimaSemenitSesudahnyaDitolakDenganBatasWaktu() {
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());
    evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp));

    Skenario.jam(LocalDateTime.of(2024, 3, 21, 0, 1));
    assertThatThrownBy(() -> evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Periode Januari–Februari 2024 sudah terkunci: batas waktu 20 Maret 2024 telah lewat.");
    Assertions.assertThat(evaluation.periode(skp.getId(), 1).getRatingHasilKerja()).isNull();

    Skenario.jam(LocalDateTime.of(2024, 3, 20, 23, 59));
    evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI));
    Assertions.assertThat(evaluation.periode(skp.getId(), 1).getPredikat()).isEqualTo(Predikat.BAIK);
  }

  @Test
  void laporanSetelahPeriodeTerkunciDitolak() {
    skenario.jam(LocalDateTime.of(2024, 3, 21, 0, 0), skp.businessKey());

    assertThatThrownBy(() -> evaluation.lapor(skp.getId(), 1, org.pegawai(), skenario.laporanLengkap(skp)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("batas waktu 20 Maret 2024");
    Assertions.assertThat(skenario.baca(() -> evaluation.periode(skp.getId(), 1).getRealisasi().size())).isZero();
  }

  @Test
  void penilaianSebelumLaporanDitolak() {
    skenario.jam(LocalDateTime.of(2024, 3, 5, 8, 0), skp.businessKey());

    assertThatThrownBy(() -> evaluation.nilai(skp.getId(), 1, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI)))
        .isInstanceOf(ConflictException.class).hasMessageContaining("belum dilaporkan");
  }
}
