package id.kinerjaflow.instansi;

import static id.kinerjaflow.evaluation.Rating.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.capaian.KinerjaOrganisasiService;
import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OrganizationPerformanceProcess;
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
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each region's preset against its circular (shared/seeds): a simulated year for one employee. The engine clock
 * moves through the year; every deadline is asserted to the minute. Odd periods are reported one minute after the
 * report deadline and refused; even periods are reported one minute before it and rated one minute before the lock.
 */
@ProsesTest
class PresetTahunTest {
  record Periode(String nama, LocalDate batasLaporan, LocalDate batas) {
    Periode(String nama, LocalDate batas) { this(nama, batas, batas); }
  }

  record Tahun(String preset, int tahun, LocalDate batasRencana, LocalDate batasFinal, List<Periode> periode) {
    @Override
    public String toString() { return preset; }
  }

  static final String[] BULAN = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember"};

  static Stream<Tahun> presets() {
    // Kotawaringin Barat (seed 000, 6b): quarters; "31 April" is read as 30 April; Q4 with the final by 31 January.
    Tahun kobar = new Tahun("kotawaringin-barat-2024", 2024, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31), List.of(
        new Periode("Triwulan I", LocalDate.of(2024, 4, 30)), new Periode("Triwulan II", LocalDate.of(2024, 7, 31)),
        new Periode("Triwulan III", LocalDate.of(2024, 10, 31)), new Periode("Triwulan IV", LocalDate.of(2025, 1, 31))));
    // Sungai Penuh (seed 001, 1b): monthly; report by the 10th, rating by the 12th of the next month.
    List<Periode> sungaiPenuh = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate bulanBerikut = LocalDate.of(2024, m, 1).plusMonths(1);
      sungaiPenuh.add(new Periode(BULAN[m - 1], bulanBerikut.withDayOfMonth(10), bulanBerikut.withDayOfMonth(12)));
    }
    // Bengkalis (seed 002, 5): January and February together by 20 March; then the 20th; December with the final.
    List<Periode> bengkalis = new ArrayList<>(List.of(new Periode("Januari–Februari", LocalDate.of(2024, 3, 20))));
    for (int m = 3; m <= 11; m++) bengkalis.add(new Periode(BULAN[m - 1], LocalDate.of(2024, m + 1, 20)));
    bengkalis.add(new Periode("Desember", LocalDate.of(2025, 1, 31)));
    // Kapuas (seed 003, 7): monthly, by the 15th of the next month.
    List<Periode> kapuas = new ArrayList<>();
    for (int m = 1; m <= 12; m++) kapuas.add(new Periode(BULAN[m - 1], LocalDate.of(2025, m, 15).plusMonths(1)));
    // Lima Puluh Kota (seed 004, 2-3): quarters; Q4 by 31 December of the same year.
    Tahun limaPuluhKota = new Tahun("lima-puluh-kota-2024", 2024, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31), List.of(
        new Periode("Triwulan I", LocalDate.of(2024, 4, 30)), new Periode("Triwulan II", LocalDate.of(2024, 7, 31)),
        new Periode("Triwulan III", LocalDate.of(2024, 10, 31)), new Periode("Triwulan IV", LocalDate.of(2024, 12, 31))));
    return Stream.of(kobar,
        new Tahun("sungai-penuh-2024", 2024, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31), sungaiPenuh),
        new Tahun("bengkalis-2024", 2024, LocalDate.of(2024, 1, 31), LocalDate.of(2025, 1, 31), bengkalis),
        new Tahun("kapuas-2025", 2025, LocalDate.of(2025, 1, 31), LocalDate.of(2026, 1, 31), kapuas),
        limaPuluhKota);
  }

  @Autowired ProcessEngine engine;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired InstansiService instansi;
  @Autowired EvaluationService evaluation;
  @Autowired KinerjaOrganisasiService kinerjaOrganisasi;

  @BeforeEach
  void mulai() { init(engine); }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @ParameterizedTest(name = "{0}")
  @MethodSource("presets")
  void setahunSesuaiSuratEdaran(Tahun t) {
    // Given: the preset attached to a new instansi on 2 January.
    Skenario.jam(LocalDateTime.of(t.tahun(), 1, 2, 8, 0));
    TestOrganisasi.Org org = organisasi.baru(t.preset(), t.tahun());
    Kalender kalender = skenario.baca(() -> {
      Kalender k = instansi.kalender(org.instansi(), t.tahun());
      k.getPeriode().size();
      return k;
    });
    Assertions.assertThat(kalender.getBatasRencana()).isEqualTo(t.batasRencana());
    Assertions.assertThat(kalender.getBatasFinal()).isEqualTo(t.batasFinal());
    Assertions.assertThat(kalender.getPeriode()).extracting(KalenderPeriode::getNama, KalenderPeriode::getBatasLaporan, KalenderPeriode::getBatas)
        .containsExactlyElementsOf(t.periode().stream()
            .map(p -> Assertions.tuple(p.nama(), p.batasLaporan(), p.batas())).toList());

    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.pegawai(), t.tahun()));
    String bk = skp.businessKey();
    ProcessInstance siklus = skenario.instance(bk, SkpAnnualCycleProcess.PROCESS_ID);
    LocalDateTime akhirTahun = LocalDateTime.of(t.tahun() + 1, 1, 1, 0, 0);
    boolean akhirDinilai = false;

    for (int urutan = 1; urutan <= t.periode().size(); urutan++) {
      Periode diharapkan = t.periode().get(urutan - 1);
      EvaluasiPeriodik ev = evaluation.periode(skp.getId(), urutan);
      LocalDateTime dibuka = ev.getPeriode().getLaporanDibuka().atStartOfDay();
      if (!akhirDinilai && !dibuka.isBefore(akhirTahun)) {
        nilaiAkhir(t, org, skp, dibuka);
        akhirDinilai = true;
      }

      // When the report opens, its task is due at the report deadline and the period locks after the rating deadline.
      skenario.jam(dibuka, bk);
      ProcessInstance pi = skenario.periode(bk);
      assertThat(pi).isWaitingAt(SkpPeriodicEvaluationProcess.TASK_REPORT);
      Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getDueDate())
          .as("tenggat laporan %s", ev.namaLengkap()).isEqualTo(Skenario.wib(diharapkan.batasLaporan().plusDays(1).atStartOfDay()));
      Assertions.assertThat(managementService.createJobQuery().processInstanceId(pi.getId())
              .activityId(SkpPeriodicEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
          .as("kunci periode %s", ev.namaLengkap()).isEqualTo(Skenario.wib(diharapkan.batas().plusDays(1).atStartOfDay()));

      if (urutan % 2 == 1) {
        // One minute after the report deadline: refused with the deadline, and the period ends locked.
        skenario.jam(diharapkan.batasLaporan().plusDays(1).atTime(0, 1), bk);
        int n = urutan;
        assertThatThrownBy(() -> evaluation.lapor(skp.getId(), n, org.pegawai(), skenario.laporanLengkap(skp)))
            .isInstanceOf(ConflictException.class).hasMessageContaining(Tenggat.format(diharapkan.batasLaporan()));
        assertThat(pi).isEnded().hasPassed(SkpPeriodicEvaluationProcess.END_LOCKED);
        Assertions.assertThat(evaluation.periode(skp.getId(), urutan).getStatus()).isEqualTo(StatusEvaluasi.TIDAK_DINILAI);
      } else {
        // One minute before each deadline: reported, then rated.
        skenario.jam(diharapkan.batasLaporan().atTime(23, 59), bk);
        evaluation.lapor(skp.getId(), urutan, org.pegawai(), skenario.laporanLengkap(skp));
        skenario.jam(diharapkan.batas().atTime(23, 59), bk);
        evaluation.nilai(skp.getId(), urutan, org.penilai(), Skenario.rating(SESUAI_EKSPEKTASI, DI_ATAS_EKSPEKTASI));
        Assertions.assertThat(evaluation.periode(skp.getId(), urutan).getPredikat()).isEqualTo(Predikat.BAIK);
      }
    }
    if (!akhirDinilai) nilaiAkhir(t, org, skp, LocalDateTime.of(t.tahun() + 1, 1, 2, 8, 0));

    // The employee works under a perangkat daerah: the cycle waits for its head's calibration to make the predicate final.
    assertThat(siklus).isWaitingAt(SkpAnnualCycleProcess.RECEIVE_AWAIT_FINAL_PREDICATE);
  }

  /** After 31 December the final rating is open until the end of the final deadline day. */
  private void nilaiAkhir(Tahun t, TestOrganisasi.Org org, Skp skp, LocalDateTime waktu) {
    skenario.jam(waktu, skp.businessKey());
    ProcessInstance akhir = skenario.instance(skp.businessKey(), SkpFinalEvaluationProcess.PROCESS_ID);
    assertThat(akhir).isWaitingAt(SkpFinalEvaluationProcess.TASK_RATE).task().isAssignedTo(org.penilai())
        .hasName("Nilai Kinerja Akhir Tahun " + t.tahun() + " — Budi Santoso (" + org.pegawai() + ")");
    Assertions.assertThat(managementService.createJobQuery().processInstanceId(akhir.getId())
            .activityId(SkpFinalEvaluationProcess.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Skenario.wib(t.batasFinal().plusDays(1).atStartOfDay()));
    evaluation.nilaiAkhir(skp.getId(), org.penilai(), Skenario.rating(DI_BAWAH_EKSPEKTASI, DI_BAWAH_EKSPEKTASI));
    assertThat(akhir).isEnded().hasPassed(SkpFinalEvaluationProcess.END_EVALUATED);
    Assertions.assertThat(evaluation.akhir(skp.getId()).getPredikat()).isEqualTo(Predikat.SANGAT_KURANG);
  }

  /**
   * Lima Puluh Kota point 9: each Kepala Perangkat Daerah reports the organisation's achievement, each quarter and for the
   * year, by the 10th of the evaluation month (the month of the period's evaluation deadline: Q4 in December, the year in
   * January). The calendar holds the dates; the report task is due, and locks, at each.
   */
  @Test
  void limaPuluhKotaCapaianKinerjaOrganisasiTanggal10BulanEvaluasi() {
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    TestOrganisasi.Org org = organisasi.baru("lima-puluh-kota-2024", 2024);
    List<KalenderCapaian> capaian = skenario.baca(() -> List.copyOf(instansi.kalender(org.instansi(), 2024).getCapaianOrganisasi()));
    Assertions.assertThat(capaian).extracting(KalenderCapaian::getNama, KalenderCapaian::isTahunan, KalenderCapaian::getDibuka, KalenderCapaian::getBatas)
        .containsExactly(
            Assertions.tuple("Triwulan I", false, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 10)),
            Assertions.tuple("Triwulan II", false, LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 10)),
            Assertions.tuple("Triwulan III", false, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 10)),
            Assertions.tuple("Triwulan IV", false, LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 10)),
            Assertions.tuple("Tahunan", true, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 10)));

    kinerjaOrganisasi.mulai(org.instansi(), 2024);
    String bk = OrganizationPerformanceProcess.businessKey(org.instansi(), "dinas", 2024);
    ProcessInstance pi = skenario.instance(bk, OrganizationPerformanceProcess.PROCESS_ID);
    for (KalenderCapaian c : capaian) {
      skenario.jam(c.getDibuka().atStartOfDay(), bk);
      Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
              .taskDefinitionKey(OrganizationPerformanceProcess.TASK_REPORT).singleResult().getDueDate())
          .as("tenggat laporan capaian %s", c.getNama()).isEqualTo(Skenario.wib(c.getBatas().plusDays(1).atStartOfDay()));
      skenario.jam(c.getBatas().plusDays(1).atStartOfDay(), bk);
      Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
          .taskDefinitionKey(OrganizationPerformanceProcess.TASK_REPORT).count()).as("terkunci %s", c.getNama()).isZero();
    }
    assertThat(pi).isWaitingAt(OrganizationPerformanceProcess.TASK_SET_PREDICATE);
  }
}
