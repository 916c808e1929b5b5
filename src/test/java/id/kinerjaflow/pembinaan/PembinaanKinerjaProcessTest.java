package id.kinerjaflow.pembinaan;

import static id.kinerjaflow.evaluation.Rating.*;
import static id.kinerjaflow.process.PerformanceCoachingProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.instansi.JenisTenggat;
import id.kinerjaflow.instansi.TenggatService;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Coaching and counselling on the Bengkalis calendar (January–February due 20 March, March due 20 April): a period rated
 * Butuh Perbaikan gives the appraiser "Bimbingan Kinerja", due before the next period's deadline, while the next period
 * runs; no improvement in the next period gives "Konseling Kinerja"; an improvement gives none.
 */
@ProsesTest
class PembinaanKinerjaProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired PembinaanService pembinaan;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired TenggatService tenggat;

  TestOrganisasi.Org org;
  Skp skp;

  @BeforeEach
  void skpDitetapkan() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), 2024));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void butuhPerbaikanMemberiBimbinganLaluTanpaKemajuanKonseling() {
    // Given January–February rated Butuh Perbaikan
    ProcessInstance periode1 = laporDanNilai(1, LocalDateTime.of(2024, 3, 5, 8, 0), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI);

    // Then the period ends and the next one runs, while the appraiser has the coaching, due when March locks
    assertThat(periode1).isEnded().hasPassed(SkpPeriodicEvaluationProcess.TASK_START_COACHING);
    assertThat(skenario.periode(skp.businessKey())).isWaitingAt(SkpPeriodicEvaluationProcess.GATEWAY_WAIT_FOR_PERIOD_END);
    ProcessInstance bimbingan = pembinaanBerjalan();
    assertThat(bimbingan).isWaitingAt(TASK_COACH).task().isAssignedTo(org.penilai())
        .hasName("Bimbingan Kinerja — Budi Santoso (" + org.pegawai() + ")")
        .hasDueDate(Skenario.wib(LocalDateTime.of(2024, 4, 21, 0, 0)));
    identityService.setAuthentication(org.penilai(), List.of(Grup.PEGAWAI, Grup.PENILAI), List.of(org.instansi()));
    try { // Tasklist's filter "Pembinaan Kinerja" shows it to the appraiser
      String filter = filterService.createFilterQuery().filterName("Pembinaan Kinerja").singleResult().getId();
      Assertions.assertThat(filterService.<Task>list(filter)).extracting(Task::getProcessInstanceId).containsExactly(bimbingan.getId());
    } finally {
      identityService.clearAuthentication();
    }
    long id = ((Number) runtimeService.getVariable(bimbingan.getId(), PEMBINAAN_ID)).longValue();
    Assertions.assertThat(pembinaan.get(id)).extracting(PembinaanKinerja::getJenis, PembinaanKinerja::getPredikat,
        PembinaanKinerja::getPredikatSebelumnya, PembinaanKinerja::getStatus)
        .containsExactly(JenisPembinaan.BIMBINGAN, Predikat.BUTUH_PERBAIKAN, null, StatusPembinaan.TERBUKA);

    // When the appraiser records it
    Skenario.jam(LocalDateTime.of(2024, 3, 12, 10, 0));
    pembinaan.catat(id, org.penilai(), new PembinaanService.PembinaanInput(LocalDate.of(2024, 3, 11), "Target laporan belum tercapai",
        "Laporan mingguan kepada atasan"));

    assertThat(bimbingan).isEnded().hasPassed(END_RECORDED);
    Assertions.assertThat(pembinaan.get(id)).extracting(PembinaanKinerja::getStatus, PembinaanKinerja::getTanggal,
        PembinaanKinerja::getDicatatOleh).containsExactly(StatusPembinaan.SELESAI, LocalDate.of(2024, 3, 11), org.penilai());

    // And March is Butuh Perbaikan again: counselling
    laporDanNilai(2, LocalDateTime.of(2024, 4, 5, 8, 0), DI_BAWAH_EKSPEKTASI, DI_ATAS_EKSPEKTASI);

    ProcessInstance konseling = pembinaanBerjalan();
    assertThat(konseling).isWaitingAt(TASK_COUNSEL).task().isAssignedTo(org.penilai())
        .hasName("Konseling Kinerja — Budi Santoso (" + org.pegawai() + ")")
        .hasDueDate(Skenario.wib(LocalDateTime.of(2024, 5, 21, 0, 0)));
    Assertions.assertThat(skenario.baca(() -> pembinaan.untukSkp(skp).stream()
            .map(p -> p.getJenis() + " " + p.getPredikatSebelumnya() + " " + p.getStatus()).toList()))
        .containsExactly("BIMBINGAN null SELESAI", "KONSELING BUTUH_PERBAIKAN TERBUKA");
  }

  @Test
  void tenggatPeriodeBerikutnyaDipindahBatasBimbinganIkut() {
    // Given January–February rated Butuh Perbaikan: the coaching is due when March locks (21 April 00:00)
    laporDanNilai(1, LocalDateTime.of(2024, 3, 5, 8, 0), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI);
    ProcessInstance bimbingan = pembinaanBerjalan();

    // When BKPSDM moves March's deadline to 25 April
    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.PERIODE, 2, null, LocalDate.of(2024, 4, 25),
        "SE Bupati tentang perpanjangan"), "admin");

    // Then the open coaching is due by the new deadline
    assertThat(bimbingan).task().hasDueDate(Skenario.wib(LocalDateTime.of(2024, 4, 26, 0, 0)));
  }

  @Test
  void kemajuanTidakMemberiPembinaan() {
    laporDanNilai(1, LocalDateTime.of(2024, 3, 5, 8, 0), DI_BAWAH_EKSPEKTASI, SESUAI_EKSPEKTASI);
    long id = ((Number) runtimeService.getVariable(pembinaanBerjalan().getId(), PEMBINAAN_ID)).longValue();

    ProcessInstance maret = laporDanNilai(2, LocalDateTime.of(2024, 4, 5, 8, 0), SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI);

    assertThat(maret).isEnded().hasPassed(SkpPeriodicEvaluationProcess.END_EVALUATED)
        .hasNotPassed(SkpPeriodicEvaluationProcess.TASK_START_COACHING).variables().containsEntry("tindakLanjut", "TIDAK_ADA");
    Assertions.assertThat(skenario.baca(() -> pembinaan.untukSkp(skp))).extracting(PembinaanKinerja::getId).containsExactly(id);
    // The coaching of January–February still waits for its record: it is not closed by the next period.
    assertThat(pembinaanBerjalan()).isWaitingAt(TASK_COACH);
  }

  @Test
  void predikatBaikTidakMemberiPembinaan() {
    ProcessInstance periode1 = laporDanNilai(1, LocalDateTime.of(2024, 3, 5, 8, 0), SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI);

    assertThat(periode1).isEnded().hasPassed(SkpPeriodicEvaluationProcess.END_EVALUATED)
        .hasNotPassed(SkpPeriodicEvaluationProcess.TASK_START_COACHING);
    Assertions.assertThat(pembinaanSemua()).isEmpty();
  }

  @Test
  void catatanSalahAtauOlehBukanPenilaiDitolakTanpaMenulis() {
    laporDanNilai(1, LocalDateTime.of(2024, 3, 5, 8, 0), DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI);
    ProcessInstance bimbingan = pembinaanBerjalan();
    long id = ((Number) runtimeService.getVariable(bimbingan.getId(), PEMBINAAN_ID)).longValue();
    Skenario.jam(LocalDateTime.of(2024, 3, 12, 10, 0));

    assertThatThrownBy(() -> pembinaan.catat(id, org.penilai(),
        new PembinaanService.PembinaanInput(LocalDate.of(2024, 3, 13), " ", null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> Assertions.assertThat(e.errors())
            .containsEntry("tanggal", "tanggal tidak boleh sesudah hari ini (12 Maret 2024)")
            .containsEntry("pembahasan", "isi hal yang dibahas").containsEntry("tindakan", "isi tindak lanjut yang disepakati"));
    assertThatThrownBy(() -> pembinaan.catat(id, org.pegawai(),
        new PembinaanService.PembinaanInput(LocalDate.of(2024, 3, 11), "a", "b"))).isInstanceOf(ForbiddenException.class);

    Assertions.assertThat(pembinaan.get(id).getStatus()).isEqualTo(StatusPembinaan.TERBUKA);
    Assertions.assertThat(pembinaan.get(id).getTanggal()).isNull();
    assertThat(bimbingan).isWaitingAt(TASK_COACH);
  }

  private ProcessInstance laporDanNilai(int urutan, LocalDateTime pada, Rating hasilKerja, Rating perilaku) {
    skenario.jam(pada, skp.businessKey());
    ProcessInstance periode = skenario.periode(skp.businessKey());
    evaluation.lapor(skp.getId(), urutan, org.pegawai(), skenario.laporanLengkap(skp));
    evaluation.nilai(skp.getId(), urutan, org.penilai(), Skenario.rating(hasilKerja, perilaku));
    return periode;
  }

  /** The one coaching or counselling of the SKP still waiting for the appraiser. */
  private ProcessInstance pembinaanBerjalan() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(skp.businessKey())
        .singleResult();
  }

  private List<ProcessInstance> pembinaanSemua() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_ID).processInstanceBusinessKey(skp.businessKey()).list();
  }
}
