package id.kinerjaflow.cycle;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole year (skp-annual-cycle): plan, every period of the instansi's calendar in order, the final predicate. */
@ProsesTest
class SkpAnnualCycleTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired CycleService cycles;
  @Autowired EvaluationService evaluation;

  @BeforeEach
  void awalTahun() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 3, 8, 0));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void bengkalisSebelasPeriodeBulananDenganBatasSesuaiSuratEdaran() {
    List<LocalDate> batas = new ArrayList<>(List.of(LocalDate.of(2024, 3, 20)));
    for (int bulan = 4; bulan <= 12; bulan++) batas.add(LocalDate.of(2024, bulan, 20));
    batas.add(LocalDate.of(2025, 1, 31));

    jalaniSetahun("bengkalis-2024", batas);
  }

  @Test
  void limaPuluhKotaEmpatTriwulanDenganTriwulanIVDibuka1Desember() {
    jalaniSetahun("lima-puluh-kota-2024", List.of(
        LocalDate.of(2024, 4, 30), LocalDate.of(2024, 7, 31), LocalDate.of(2024, 10, 31), LocalDate.of(2024, 12, 31)));
  }

  @Test
  void memulaiDuaKaliTidakMembuatSiklusKedua() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);

    CycleService.Siklus pertama = cycles.mulai(org.pegawai(), 2024);
    CycleService.Siklus kedua = cycles.mulai(org.pegawai(), 2024);

    Assertions.assertThat(pertama.baru()).isTrue();
    Assertions.assertThat(kedua.baru()).isFalse();
    Assertions.assertThat(kedua.skpId()).isEqualTo(pertama.skpId());
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(SkpAnnualCycleProcess.PROCESS_ID)
        .processInstanceBusinessKey(org.pegawai() + "-2024").count()).isEqualTo(1);
  }

  @Test
  void tanpaKalenderTahunItuSiklusTidakDimulai() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);

    Assertions.assertThatThrownBy(() -> cycles.mulai(org.pegawai(), 2025))
        .isInstanceOf(ConflictException.class).hasMessageContaining("belum memiliki kalender kinerja tahun 2025");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(org.pegawai() + "-2025").count()).isZero();
  }

  /** Each period opens the day after it ends, locks at the end of its deadline day (WIB), and is rated in between. */
  private void jalaniSetahun(String preset, List<LocalDate> batasPeriode) {
    TestOrganisasi.Org org = organisasi.baru(preset, 2024);
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
    String bk = skp.businessKey();
    ProcessInstance siklus = skenario.instance(bk, SkpAnnualCycleProcess.PROCESS_ID);
    ProcessInstance akhir = skenario.instance(bk, SkpFinalEvaluationProcess.PROCESS_ID);
    assertThat(akhir).isWaitingAt(SkpFinalEvaluationProcess.TIMER_YEAR_ENDED);

    for (int urutan = 1; urutan <= batasPeriode.size(); urutan++) {
      var periode = evaluation.periode(skp.getId(), urutan);
      skenario.jam(periode.getPeriode().getLaporanDibuka().atStartOfDay(), bk);
      ProcessInstance pi = skenario.periode(bk);
      assertThat(pi).isWaitingAt(SkpPeriodicEvaluationProcess.TASK_REPORT);
      Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
              .activityId(SkpPeriodicEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
          .as("kunci periode %s", periode.namaLengkap())
          .isEqualTo(Skenario.wib(batasPeriode.get(urutan - 1).plusDays(1).atStartOfDay()));

      evaluation.lapor(skp.getId(), urutan, org.pegawai(), skenario.laporanLengkap(skp));
      evaluation.nilai(skp.getId(), urutan, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI));
      Assertions.assertThat(evaluation.periode(skp.getId(), urutan).getPredikat()).isEqualTo(Predikat.BAIK);
    }
    Assertions.assertThat(evaluation.semuaPeriode(skp)).hasSize(batasPeriode.size())
        .allMatch(e -> e.getStatus() == StatusEvaluasi.DINILAI);

    skenario.jam(LocalDateTime.of(2025, 1, 1, 0, 0), bk);
    assertThat(akhir).isWaitingAt(SkpFinalEvaluationProcess.TASK_RATE).task().isAssignedTo(org.penilai());
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(akhir.getId())
        .activityId(SkpFinalEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Skenario.wib(LocalDateTime.of(2025, 2, 1, 0, 0)));

    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI));

    assertThat(akhir).isEnded().hasPassed(SkpFinalEvaluationProcess.END_EVALUATED);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.SANGAT_KURANG);
    assertThat(siklus).isEnded().hasPassed(SkpAnnualCycleProcess.END_CYCLE_COMPLETED);
  }
}
