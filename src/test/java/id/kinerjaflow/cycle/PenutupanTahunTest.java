package id.kinerjaflow.cycle;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.capaian.KinerjaOrganisasiService;
import id.kinerjaflow.capaian.PredikatOrganisasi;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.kalibrasi.KalibrasiService;
import id.kinerjaflow.keberatan.KeberatanInput;
import id.kinerjaflow.keberatan.KeberatanService;
import id.kinerjaflow.keberatan.Keputusan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OrganizationPerformanceProcess;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpObjectionProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
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
 * A perangkat daerah closes its year on Lima Puluh Kota's calendar, whose distribution curve binds (SE MenPANRB 3/2023,
 * PP 30/2019 art. 59): the Bupati sets Dinas Uji's predicate Baik, the Kepala Dinas calibrates the employees' final
 * predicates to the curve and confirms them, the predicates are final, an objection is decided by the appraiser's
 * superior, and an objection after 14 days is refused. The whole chain runs through the deployed models.
 */
@ProsesTest
class PenutupanTahunTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired EvaluationService evaluation;
  @Autowired OrganizationService organization;
  @Autowired KinerjaOrganisasiService kinerjaOrganisasi;
  @Autowired KalibrasiService kalibrasi;
  @Autowired KeberatanService keberatan;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  Map<String, Skp> skp = new LinkedHashMap<>();
  Map<String, ProcessInstance> siklus = new LinkedHashMap<>();
  String tahunOrganisasi;

  @BeforeEach
  void tahun2024DirencanakanDanDinilai() {
    init(engine);
    // Given: Dinas Uji's four people plan their 2024 SKP, and the Dinas's organisation year starts.
    Skenario.jam(LocalDateTime.of(2024, 1, 10, 9, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai(), org.kepalaDinas())) {
      skp.put(nip, skenario.rencanaDisetujui(skenario.mulai(nip, 2024)));
      siklus.put(nip, skenario.instance(skp.get(nip).businessKey(), SkpAnnualCycleProcess.PROCESS_ID));
    }
    kinerjaOrganisasi.mulai(org.instansi(), 2024);
    tahunOrganisasi = OrganizationPerformanceProcess.businessKey(org.instansi(), "dinas", 2024);

    // And: in January 2025 every appraiser rates the year Baik (the Kepala Dinas, appraised by the Bupati, Sangat Baik).
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 1, 2, 9, 0), s.businessKey());
    nilai(org.pegawai(), org.penilai(), SESUAI_EKSPEKTASI);
    nilai(org.verifikator(), org.penilai(), SESUAI_EKSPEKTASI);
    nilai(org.penilai(), org.kepalaDinas(), SESUAI_EKSPEKTASI);
    nilai(org.kepalaDinas(), skenario.baca(() -> skp.get(org.kepalaDinas()).getPenilai().getNip()), DI_ATAS_EKSPEKTASI);
    // And: the final deadline has passed: the reports are in or locked, the evaluations closed.
    for (Skp s : skp.values()) skenario.jam(LocalDateTime.of(2025, 2, 2, 9, 0), s.businessKey());
    skenario.jalankanTimerJatuhTempo(tahunOrganisasi);
  }

  @AfterEach
  void resetJam() {
    ClockUtil.reset();
    SecurityContextHolder.clearContext();
  }

  @Test
  void predikatOrganisasiKalibrasiPredikatFinalKeberatan() {
    // When: the Bupati sets Dinas Uji's predicate Baik, and the Kepala Dinas the Bidang's.
    String bupati = kinerjaOrganisasi.bupati(org.instansi()).orElseThrow().getNip();
    kinerjaOrganisasi.tetapkanPredikat(org.instansi(), "dinas", 2024, bupati, PredikatOrganisasi.BAIK, "Capaian IKU 2024 sesuai target");
    kinerjaOrganisasi.tetapkanPredikat(org.instansi(), "bidang", 2024, org.kepalaDinas(), PredikatOrganisasi.BAIK, "Sesuai target");
    skenario.jalankanTimerJatuhTempo(tahunOrganisasi);

    // Then: the Kepala Dinas calibrates; the three employees' cycles wait for it, the Kepala Dinas's own predicate is final.
    ProcessInstance tahun = skenario.instance(tahunOrganisasi, OrganizationPerformanceProcess.PROCESS_ID);
    ProcessInstance kalibrasiPi = skenario.instance(tahunOrganisasi, PredicateCalibrationProcess.PROCESS_ID);
    assertThat(tahun).isWaitingAt(OrganizationPerformanceProcess.CALL_CALIBRATE_PREDICATES);
    assertThat(kalibrasiPi).isWaitingAt(PredicateCalibrationProcess.TASK_CALIBRATE).task().isAssignedTo(org.kepalaDinas());
    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai())) {
      assertThat(siklus(nip)).isWaitingAt(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE);
    }
    Assertions.assertThat(evaluation.akhir(skp.get(org.kepalaDinas()).getId()).isFinal()).isTrue();

    // When: the Kepala Dinas confirms three Baik of three: outside the curve of an organisation Baik.
    long dinasId = skenario.baca(() -> organization.pegawai(org.kepalaDinas()).getJabatan().getUnit().getId());
    assertThatThrownBy(() -> kalibrasi.konfirmasi(dinasId, 2024, org.kepalaDinas()))
        // Then: refused with the numbers, nothing made final.
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("Baik: 3 dari 3 pegawai (100%), seharusnya paling banyak 70%");
    Assertions.assertThat(evaluation.akhir(skp.get(org.pegawai()).getId()).isFinal()).isFalse();

    // When: the Kepala Dinas changes the verifier's predicate with a reason, then confirms.
    sebagai(org.kepalaDinas());
    kalibrasi.ubahPredikat(dinasId, 2024, skp.get(org.verifikator()).getId(), org.kepalaDinas(),
        new KalibrasiService.UbahPredikatInput(Predikat.BUTUH_PERBAIKAN, "Verifikasi triwulan IV tidak selesai"));
    kalibrasi.konfirmasi(dinasId, 2024, org.kepalaDinas());

    // Then: every predicate is final, by the Kepala Dinas; the organisation's year ends; each employee may now object.
    for (String nip : List.of(org.pegawai(), org.verifikator(), org.penilai())) {
      Assertions.assertThat(evaluation.akhir(skp.get(nip).getId()).getDitetapkanOleh()).as(nip).isEqualTo(org.kepalaDinas());
      assertThat(siklus(nip)).isWaitingAt(SkpAnnualCycleProcess.CALL_OBJECTION);
    }
    assertThat(tahun).isEnded();
    ProcessInstance keberatanBudi = skenario.instance(skp.get(org.pegawai()).businessKey(), SkpObjectionProcess.PROCESS_ID);
    assertThat(keberatanBudi).isWaitingAt(SkpObjectionProcess.TASK_RESPOND_TO_PREDICATE).task().isAssignedTo(org.pegawai())
        .hasDueDate(Skenario.wib(LocalDateTime.of(2025, 2, 17, 0, 0)));

    // When: Budi objects on 10 February; his appraiser responds; the appraiser's superior, the Kepala Dinas, changes it.
    Skenario.jam(LocalDateTime.of(2025, 2, 10, 10, 0));
    sebagai(org.pegawai());
    Assertions.assertThat(keberatan.ajukan(skp.get(org.pegawai()).getId(), org.pegawai(),
        new KeberatanInput.Pengajuan("Seluruh laporan tersusun lebih awal; bukti terlampir.")).getAtasan().getNip())
        .isEqualTo(org.kepalaDinas());
    sebagai(org.penilai());
    keberatan.tanggapi(skp.get(org.pegawai()).getId(), org.penilai(), new KeberatanInput.Tanggapan("Laporan memang lebih awal."));
    sebagai(org.kepalaDinas());
    keberatan.putuskan(skp.get(org.pegawai()).getId(), org.kepalaDinas(),
        new KeberatanInput.Putusan(Keputusan.DIUBAH, Predikat.SANGAT_BAIK, "Bukti menunjukkan capaian di atas ekspektasi"));

    // Then: the predicate is Sangat Baik, audited old → new with the superior as author; Budi's cycle is complete.
    Assertions.assertThat(evaluation.akhir(skp.get(org.pegawai()).getId()).getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
    Assertions.assertThat(jdbc.queryForList("select a.predikat || ' ' || r.pengguna from evaluasi_akhir_aud a"
        + " join revisi r on r.id = a.rev where a.skp_id = ? and a.predikat is not null order by a.rev", String.class,
        skp.get(org.pegawai()).getId())).endsWith("BAIK " + org.kepalaDinas(), "SANGAT_BAIK " + org.kepalaDinas());
    assertThat(keberatanBudi).isEnded();
    assertThat(siklus(org.pegawai())).isEnded().hasPassed(SkpAnnualCycleProcess.CALL_OBJECTION);

    // When: 14 days after the predicates were made final (2 February), the window closes; the verifier objects after it.
    skenario.jam(LocalDateTime.of(2025, 2, 17, 9, 0), skp.get(org.verifikator()).businessKey());
    assertThatThrownBy(() -> keberatan.ajukan(skp.get(org.verifikator()).getId(), org.verifikator(),
        new KeberatanInput.Pengajuan("Terlambat")))
        // Then: refused with the date; the predicate stands and the cycle is complete.
        .isInstanceOf(ConflictException.class).hasMessageContaining("16 Februari 2025");
    Assertions.assertThat(evaluation.akhir(skp.get(org.verifikator()).getId()).getPredikat()).isEqualTo(Predikat.BUTUH_PERBAIKAN);
    assertThat(siklus(org.verifikator())).isEnded();
  }

  private void nilai(String nip, String penilai, Rating hasilKerja) {
    evaluation.nilaiAkhir(skp.get(nip).getId(), penilai, Skenario.rating(hasilKerja, SESUAI_EKSPEKTASI));
  }

  private ProcessInstance siklus(String nip) { return siklus.get(nip); }

  private static void sebagai(String nip) {
    SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(nip, null, "pegawai"));
  }
}
