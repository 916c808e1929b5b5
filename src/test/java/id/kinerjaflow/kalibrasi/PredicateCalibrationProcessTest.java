package id.kinerjaflow.kalibrasi;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.capaian.PenetapanPredikatOrganisasi;
import id.kinerjaflow.capaian.PenetapanPredikatOrganisasiRepository;
import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A perangkat daerah closes its year (predicate-calibration, skp-annual-cycle after the evaluations): Dinas Uji's three
 * employees are rated Baik, its own head is appraised by the Bupati; the organisation's predicate is Baik, whose curve allows
 * at most 70% Baik and needs some Butuh Perbaikan and/or Kurang.
 */
@ProsesTest
class PredicateCalibrationProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired KalibrasiService kalibrasi;
  @Autowired OrganizationService organization;
  @Autowired PenetapanPredikatOrganisasiRepository predikatOrganisasi;
  @Autowired KalibrasiPredikatRepository kalibrasiRepository;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  UnitKerja dinas;
  Map<String, Skp> skp = new LinkedHashMap<>();
  Map<String, ProcessInstance> siklus = new LinkedHashMap<>();

  @BeforeEach
  void bersihkan() { init(engine); }

  @AfterEach
  void resetJam() {
    ClockUtil.reset();
    SecurityContextHolder.clearContext();
  }

  @Test
  void kurvaMengikatMenolakKonfirmasiSampaiPredikatDiubahDenganAlasan() {
    // Given: Lima Puluh Kota's calendar (the curve binds), every final predicate Baik, the cycles wait for calibration.
    tahunDinilai("lima-puluh-kota-2024");
    ProcessInstance kalibrasiPi = mulaiKalibrasi();
    assertThat(kalibrasiPi).isWaitingAt(PredicateCalibrationProcess.TASK_CALIBRATE).task().isAssignedTo(org.kepalaDinas())
        .hasName("Kalibrasi Predikat Kinerja 2024 — Dinas Uji");
    KalibrasiService.Lembar lembar = kalibrasi.lembar(dinas.getId(), 2024, sebagai(org.kepalaDinas()));
    Assertions.assertThat(lembar.pegawai()).extracting(KalibrasiService.BarisPegawai::nip)
        .containsExactlyInAnyOrder(org.pegawai(), org.penilai(), org.verifikator());
    Assertions.assertThat(lembar.distribusi().sesuaiKurva()).isFalse();

    // When: the head confirms while all three are Baik.
    assertThatThrownBy(() -> kalibrasi.konfirmasi(dinas.getId(), 2024, org.kepalaDinas()))
        // Then: refused, naming each predicate and its numbers; nothing recorded, the task stays.
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Baik: 3 dari 3 pegawai (100%), seharusnya paling banyak 70%")
        .hasMessageContaining("Butuh Perbaikan dan/atau Kurang: 0 dari 3 pegawai (0%), seharusnya paling sedikit 1 orang");
    Assertions.assertThat(kalibrasiRepository.findByUnitIdAndTahun(dinas.getId(), 2024)).isEmpty();
    assertThat(kalibrasiPi).isWaitingAt(PredicateCalibrationProcess.TASK_CALIBRATE);

    // When: someone else tries to change a predicate, then the head changes one with a reason.
    assertThatThrownBy(() -> kalibrasi.ubahPredikat(dinas.getId(), 2024, skp.get(org.verifikator()).getId(), org.penilai(),
        new KalibrasiService.UbahPredikatInput(Predikat.BUTUH_PERBAIKAN, "x"))).isInstanceOf(ForbiddenException.class);
    SecurityContextHolder.getContext().setAuthentication(sebagai(org.kepalaDinas()));
    kalibrasi.ubahPredikat(dinas.getId(), 2024, skp.get(org.verifikator()).getId(), org.kepalaDinas(),
        new KalibrasiService.UbahPredikatInput(Predikat.BUTUH_PERBAIKAN, "Target verifikasi triwulan III dan IV tidak tercapai"));

    // Then: the change is audited old → new with who made it and why.
    Assertions.assertThat(jdbc.queryForList("select a.predikat || ' ' || coalesce(a.alasan_perubahan, '-') || ' ' || r.pengguna"
            + " from evaluasi_akhir_aud a join revisi r on r.id = a.rev where a.skp_id = ? and a.predikat is not null order by a.rev",
        String.class, skp.get(org.verifikator()).getId()))
        .endsWith("BAIK - sistem", "BUTUH_PERBAIKAN Target verifikasi triwulan III dan IV tidak tercapai " + org.kepalaDinas());

    // When: the curve is met and the head confirms.
    DistribusiService.KalibrasiView hasil = kalibrasi.konfirmasi(dinas.getId(), 2024, org.kepalaDinas());

    // Then: recorded within the curve; every predicate is final, by the head; each cycle told its employee, who may now object.
    Assertions.assertThat(hasil.sesuaiKurva()).isTrue();
    assertThat(kalibrasiPi).isEnded().hasPassed(PredicateCalibrationProcess.TASK_FINALIZE);
    for (String nip : List.of(org.pegawai(), org.penilai(), org.verifikator())) {
      EvaluasiAkhir akhir = evaluation.akhir(skp.get(nip).getId());
      Assertions.assertThat(akhir.getDitetapkanOleh()).as(nip).isEqualTo(org.kepalaDinas());
      Assertions.assertThat(akhir.getDitetapkanPada()).isNotNull();
      assertThat(siklus(nip)).isWaitingAt(SkpAnnualCycleProcess.CALL_OBJECTION)
          .hasPassed(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE, SkpAnnualCycleProcess.TASK_NOTIFY_FINAL_PREDICATE);
    }
    Assertions.assertThat(evaluation.akhir(skp.get(org.verifikator()).getId()).getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    // A second confirmation finds the calibration done.
    assertThatThrownBy(() -> kalibrasi.konfirmasi(dinas.getId(), 2024, org.kepalaDinas()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("sudah dikonfirmasi");
  }

  @Test
  void kurvaTidakMengikatMencatatPenyimpangan() {
    // Given: Bengkalis's calendar (the curve does not bind), every final predicate Baik.
    tahunDinilai("bengkalis-2024");
    ProcessInstance kalibrasiPi = mulaiKalibrasi();

    // When: the head confirms outside the curve.
    DistribusiService.KalibrasiView hasil = kalibrasi.konfirmasi(dinas.getId(), 2024, org.kepalaDinas());

    // Then: allowed, the deviation recorded; the predicates are final and the cycles go on.
    Assertions.assertThat(hasil.sesuaiKurva()).isFalse();
    Assertions.assertThat(hasil.kurvaMengikat()).isFalse();
    Assertions.assertThat(kalibrasiRepository.findByUnitIdAndTahun(dinas.getId(), 2024).orElseThrow().getPenyimpangan())
        .contains("Baik: 3 dari 3 pegawai (100%), seharusnya paling banyak 70%");
    assertThat(kalibrasiPi).isEnded();
    Assertions.assertThat(evaluation.akhir(skp.get(org.pegawai()).getId()).isFinal()).isTrue();
    assertThat(siklus(org.pegawai())).isWaitingAt(SkpAnnualCycleProcess.CALL_OBJECTION)
        .hasPassed(SkpAnnualCycleProcess.TASK_NOTIFY_FINAL_PREDICATE);
  }

  /**
   * Every SKP of the test Pemda planned in January and rated Baik (Sesuai Ekspektasi) in January of the next year; at the final
   * deadline the periods lock and the cycles reach the calibration question. The Kepala Dinas, appraised by the Bupati, heads
   * the perangkat daerah: no calibration, the predicate is final at once. Dinas Uji's predicate is then Baik.
   */
  private void tahunDinilai(String preset) {
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru(preset, 2024);
    dinas = skenario.baca(() -> organization.pegawai(org.kepalaDinas()).getJabatan().getUnit());
    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai(), org.kepalaDinas())) {
      skp.put(nip, skenario.rencanaDisetujui(skenario.mulai(nip, 2024)));
      siklus.put(nip, skenario.instance(skp.get(nip).businessKey(), SkpAnnualCycleProcess.PROCESS_ID));
    }
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), s.businessKey());
    nilai(org.pegawai(), org.penilai(), SESUAI_EKSPEKTASI);
    nilai(org.verifikator(), org.penilai(), SESUAI_EKSPEKTASI);
    nilai(org.penilai(), org.kepalaDinas(), SESUAI_EKSPEKTASI);
    nilai(org.kepalaDinas(), skenario.baca(() -> skp.get(org.kepalaDinas()).getPenilai().getNip()), DI_ATAS_EKSPEKTASI);
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 2, 2, 9, 0), s.businessKey());

    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai())) {
      assertThat(siklus(nip)).isWaitingAt(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE);
      Assertions.assertThat(evaluation.akhir(skp.get(nip).getId()).isFinal()).isFalse();
    }
    assertThat(siklus(org.kepalaDinas())).hasPassed(SkpAnnualCycleProcess.TASK_MAKE_PREDICATE_FINAL)
        .hasNotPassed(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE);
    Assertions.assertThat(evaluation.akhir(skp.get(org.kepalaDinas()).getId()).isFinal()).isTrue();

    PenetapanPredikatOrganisasi penetapan = new PenetapanPredikatOrganisasi(dinas, 2024);
    penetapan.tetapkan(PredikatOrganisasi.BAIK, "Capaian kinerja organisasi 2024 sesuai target", "bupati", Instant.now());
    predikatOrganisasi.save(penetapan);
  }

  private void nilai(String nip, String penilai, Rating rating) {
    evaluation.nilaiAkhir(skp.get(nip).getId(), penilai, Skenario.rating(rating, SESUAI_EKSPEKTASI));
  }

  /** Started directly, as the organisation-performance process calls it once the organisation's predicate is set. */
  private ProcessInstance mulaiKalibrasi() {
    ProcessInstance pi = runtimeService.startProcessInstanceByKey(PredicateCalibrationProcess.PROCESS_ID, Map.of(
        PredicateCalibrationProcess.INSTANSI_KODE, org.instansi(), PredicateCalibrationProcess.UNIT_ID, dinas.getId(),
        Variables.TAHUN, 2024, Variables.INSTANSI, org.instansi()));
    // The final deadline has passed: the timer is due.
    assertThat(pi).isWaitingAt(PredicateCalibrationProcess.TIMER_FINAL_RATINGS_CLOSED);
    managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
    return pi;
  }

  private ProcessInstance siklus(String nip) { return siklus.get(nip); }

  private static TestingAuthenticationToken sebagai(String nip) { return new TestingAuthenticationToken(nip, null, "pegawai"); }
}
