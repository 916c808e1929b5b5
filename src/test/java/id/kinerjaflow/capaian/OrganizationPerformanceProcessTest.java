package id.kinerjaflow.capaian;

import static id.kinerjaflow.process.OrganizationPerformanceProcess.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.evaluation.StatusEvaluasi;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.JenisTenggat;
import id.kinerjaflow.instansi.TenggatService;
import id.kinerjaflow.organization.JenisAsn;
import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organisation's year (organization-performance) on the Lima Puluh Kota calendar (seed 004 point 9): the Kepala Dinas
 * reports each quarter and the year by the 10th of the evaluation month, then the Bupati (or whoever acts for them) sets the
 * Dinas's predicate and the Kepala Dinas the Bidang's; the Kepala Bidang's Rating Hasil Kerja follows the Bidang's.
 */
@ProsesTest
class OrganizationPerformanceProcessTest {
  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired KinerjaOrganisasiService service;
  @Autowired OrganizationService organization;
  @Autowired InstansiService instansi;
  @Autowired EvaluationService evaluation;
  @Autowired TaskService taskService;
  @Autowired TenggatService tenggat;

  TestOrganisasi.Org org;
  String bk;
  ProcessInstance pi;

  @BeforeEach
  void tahunOrganisasiDimulai() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    org = organisasi.baru("lima-puluh-kota-2024", 2024);
    Assertions.assertThat(service.mulai(org.instansi(), 2024)).singleElement()
        .satisfies(m -> Assertions.assertThat(m.unitKode()).isEqualTo("dinas"));
    bk = businessKey(org.instansi(), "dinas", 2024);
    pi = skenario.instance(bk, PROCESS_ID);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void mulaiLagiTidakMembuatProsesKedua() {
    Assertions.assertThat(service.mulai(org.instansi(), 2024)).singleElement()
        .satisfies(m -> Assertions.assertThat(m.baru()).isFalse());
    assertThat(pi).isWaitingAt(TIMER_REPORT_OPENS);
  }

  @Test
  void laporanTriwulanTepatWaktu() {
    // Given: the first quarter's report opens on 1 April, due by 10 April (locks 11 April 00:00 WIB), for the Kepala Dinas.
    skenario.jam(LocalDateTime.of(2024, 4, 1, 0, 0), bk);
    Task tugas = tugasLaporan();
    Assertions.assertThat(tugas.getAssignee()).isEqualTo(org.kepalaDinas());
    Assertions.assertThat(tugas.getName()).isEqualTo("Laporkan Capaian Kinerja Organisasi Triwulan I 2024 — Dinas Uji");
    Assertions.assertThat(tugas.getDueDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 4, 11, 0, 0)));
    skenario.jam(LocalDateTime.of(2024, 4, 4, 0, 0), bk);
    Assertions.assertThat(tugasLaporan().getFollowUpDate()).as("pengingat 7 hari sebelum kunci")
        .isEqualTo(Skenario.wib(LocalDateTime.of(2024, 4, 4, 0, 0)));

    // When: the Kepala Dinas reports on 10 April.
    skenario.jam(LocalDateTime.of(2024, 4, 10, 23, 0), bk);
    service.lapor(org.instansi(), "dinas", 2024, 1, org.kepalaDinas(), new BigDecimal("87.50"), "IKU 1: 87,5% dari target");

    // Then: the report is recorded and its task is gone; the next quarter waits for July.
    Assertions.assertThat(service.capaian(dinas())).singleElement().satisfies(c -> {
      Assertions.assertThat(c.getPersenCapaian()).isEqualByComparingTo("87.50");
      Assertions.assertThat(c.getDilaporkanOleh()).isEqualTo(org.kepalaDinas());
    });
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    assertThat(pi).isWaitingAt(TIMER_REPORT_OPENS);
  }

  @Test
  void tenggatDipindahBkpsdmLaporanTerbukaSampaiTanggalBaru() {
    // Given: the first quarter's report is open, due by 10 April.
    skenario.jam(LocalDateTime.of(2024, 4, 2, 9, 0), bk);

    // When: BKPSDM moves it to 15 April (a new circular).
    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.CAPAIAN_ORGANISASI, 1, null,
        LocalDate.of(2024, 4, 15), "SE Bupati No. 5/2024"), "admin");

    // Then: the running process's task and lock follow; the report is still open after the old deadline.
    Assertions.assertThat(tugasLaporan().getDueDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 4, 16, 0, 0)));
    skenario.jam(LocalDateTime.of(2024, 4, 12, 9, 0), bk);
    assertThat(pi).isWaitingAt(TASK_REPORT);
    service.lapor(org.instansi(), "dinas", 2024, 1, org.kepalaDinas(), new BigDecimal("95"), "IKU 1: 95%");
    Assertions.assertThat(service.capaian(dinas())).hasSize(1);
  }

  @Test
  void laporanSesudahKunciDitolakDenganTanggal() {
    // Given: nobody reported the first quarter by 10 April.
    skenario.jam(LocalDateTime.of(2024, 4, 11, 0, 0), bk);
    assertThat(pi).hasPassed(END_REPORT_LOCKED);

    // When / Then: a late report is refused with the deadline, and nothing is written.
    assertThatThrownBy(() -> service.lapor(org.instansi(), "dinas", 2024, 1, org.kepalaDinas(), new BigDecimal("90"), "terlambat"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("sudah terkunci").hasMessageContaining("10 April 2024");
    Assertions.assertThat(service.capaian(dinas())).isEmpty();
  }

  @Test
  void laporanOlehBukanKepalaDitolak() {
    skenario.jam(LocalDateTime.of(2024, 4, 2, 9, 0), bk);
    assertThatThrownBy(() -> service.lapor(org.instansi(), "dinas", 2024, 1, org.penilai(), new BigDecimal("90"), "bukan kepala"))
        .isInstanceOf(ForbiddenException.class);
    Assertions.assertThat(service.capaian(dinas())).isEmpty();
  }

  @Test
  void predikatDitetapkanOlehPenetapAtasNamaBupati() {
    // Given: the instansi has the Sekda set the predicates on the Bupati's behalf; the year's reports are locked.
    String sekda = org.pegawai().substring(0, 12) + "100099";
    organization.tambahPegawai(sekda, "Sekda Uji", JenisAsn.PNS, dinas().getInduk(), "Sekretaris Daerah", KelasJabatan.SEKRETARIS_DAERAH, false);
    service.aturPenetap(org.instansi(), sekda, "Keputusan Bupati No. 1/2025");
    skenario.jam(LocalDateTime.of(2025, 1, 11, 0, 0), bk);
    assertThat(pi).isWaitingAt(TASK_SET_PREDICATE, TASK_SET_UNIT_PREDICATE);
    Task tugas = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SET_PREDICATE).singleResult();
    Assertions.assertThat(tugas.getAssignee()).isEqualTo(sekda);
    Assertions.assertThat(tugas.getName()).isEqualTo("Tetapkan Predikat Organisasi 2024 — Dinas Uji");

    // When: the Bupati tries, then the Sekda sets it.
    String bupati = organization.bupati(dinas()).orElseThrow().getNip();
    assertThatThrownBy(() -> service.tetapkanPredikat(org.instansi(), "dinas", 2024, bupati, PredikatOrganisasi.BAIK, "capaian sesuai"))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("Sekda Uji").hasMessageContaining("atas nama Bupati");
    Assertions.assertThat(service.predikat(dinas(), 2024)).isEmpty();
    service.tetapkanPredikat(org.instansi(), "dinas", 2024, sekda, PredikatOrganisasi.BAIK, "IKU tercapai 95%");

    // Then: the predicate is recorded with who set it; the Bidang's predicate still waits for the Kepala Dinas.
    Assertions.assertThat(service.predikat(dinas(), 2024)).hasValueSatisfying(p -> {
      Assertions.assertThat(p.getPredikat()).isEqualTo(PredikatOrganisasi.BAIK);
      Assertions.assertThat(p.getDitetapkanOleh()).isEqualTo(sekda);
    });
    assertThat(pi).isWaitingAt(TASK_SET_UNIT_PREDICATE);
    assertThatThrownBy(() -> service.tetapkanPredikat(org.instansi(), "dinas", 2024, sekda, PredikatOrganisasi.ISTIMEWA, "lagi"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("sudah ditetapkan");
  }

  @Test
  void predikatUnitDitetapkanOlehKepalaPerangkatDaerahnya() {
    // Given: the annual report is in early January; the Bupati (no one set on their behalf) sets the Dinas's predicate.
    skenario.jam(LocalDateTime.of(2025, 1, 3, 9, 0), bk);
    service.lapor(org.instansi(), "dinas", 2024, 5, org.kepalaDinas(), new BigDecimal("101"), "Capaian tahunan 101%");
    skenario.jam(LocalDateTime.of(2025, 1, 11, 0, 0), bk);
    String bupati = organization.bupati(dinas()).orElseThrow().getNip();
    service.tetapkanPredikat(org.instansi(), "dinas", 2024, bupati, PredikatOrganisasi.ISTIMEWA, "melampaui target");
    Task tugas = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_SET_UNIT_PREDICATE).singleResult();
    Assertions.assertThat(tugas.getAssignee()).isEqualTo(org.kepalaDinas());
    Assertions.assertThat(tugas.getName()).isEqualTo("Tetapkan Predikat Organisasi 2024 — Bidang Uji");

    // When: the Kepala Bidang tries for their own unit (refused), then the Kepala Dinas sets it.
    assertThatThrownBy(() -> service.tetapkanPredikat(org.instansi(), "bidang", 2024, org.penilai(), PredikatOrganisasi.BAIK, "baik"))
        .isInstanceOf(ForbiddenException.class);
    service.tetapkanPredikat(org.instansi(), "bidang", 2024, org.kepalaDinas(), PredikatOrganisasi.BUTUH_PERBAIKAN, "dua IKU tertinggal");

    // Then: both predicates are set and the Kepala Perangkat Daerah's calibration of the employees' predicates follows.
    assertThat(pi).isWaitingAt(CALL_CALIBRATE_PREDICATES);
    Assertions.assertThat(service.predikat(bidang(), 2024)).hasValueSatisfying(p -> {
      Assertions.assertThat(p.getPredikat()).isEqualTo(PredikatOrganisasi.BUTUH_PERBAIKAN);
      Assertions.assertThat(p.getDitetapkanOleh()).isEqualTo(org.kepalaDinas());
    });
  }

  @Test
  void tanpaBupatiDanPenetapAdminBkpsdmMenunjuk() {
    // Given: a Pemda whose organisation records no Bupati, and nobody set on their behalf; the year's reports are locked.
    String kode = org.instansi() + "-tb";
    Instansi i = instansi.buat(kode, "Pemda Tanpa Bupati", ZoneId.of("Asia/Jakarta"));
    instansi.pasangKalender(kode, "lima-puluh-kota-2024", 2024);
    UnitKerja pemda = organization.tambahUnit(i, null, "pemda", "Pemda Tanpa Bupati", JenisUnit.PEMDA);
    UnitKerja dinas = organization.tambahUnit(i, pemda, "dinas", "Dinas Tanpa Bupati", JenisUnit.DINAS);
    String kadis = org.pegawai().substring(0, 12) + "100088";
    String sekda = org.pegawai().substring(0, 12) + "100077";
    organization.tambahPegawai(kadis, "Kadis Tanpa Bupati", JenisAsn.PNS, dinas, "Kepala Dinas", KelasJabatan.KEPALA_PERANGKAT_DAERAH, true);
    organization.tambahPegawai(sekda, "Sekda Tanpa Bupati", JenisAsn.PNS, pemda, "Sekretaris Daerah", KelasJabatan.SEKRETARIS_DAERAH, false);
    service.mulai(kode, 2024);
    String bkTanpaBupati = businessKey(kode, "dinas", 2024);
    ProcessInstance proses = skenario.instance(bkTanpaBupati, PROCESS_ID);
    skenario.jam(LocalDateTime.of(2025, 1, 11, 0, 0), bkTanpaBupati);

    // Then: the instansi's BKPSDM admins get the task to appoint someone; the predicate cannot be set meanwhile, and says why.
    assertThat(proses).isWaitingAt(TASK_DETERMINE_PREDICATE_SETTER).task().hasCandidateGroup("admin-bkpsdm-" + kode);
    assertThatThrownBy(() -> service.tetapkanPredikat(kode, "dinas", 2024, kadis, PredikatOrganisasi.BAIK, "x"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("Bupati tidak tercatat")
        .hasMessageContaining("penetap-predikat-organisasi");

    // When: BKPSDM appoints the Sekda on the Bupati's behalf.
    service.aturPenetap(kode, sekda, "Plh. Bupati, SK No. 2/2025");

    // Then: the predicate task goes to the Sekda.
    assertThat(proses).isWaitingAt(TASK_SET_PREDICATE).task().isAssignedTo(sekda);
  }

  @Test
  void ratingHasilKerjaKepalaBidangMengikutiPredikatBidang() {
    // Given: the Kepala Bidang's SKP is set; after the year the Bidang is BUTUH_PERBAIKAN.
    Skp skp = skenario.rencanaDisetujui(skenario.mulai(org.penilai(), 2024));
    skenario.jam(LocalDateTime.of(2025, 1, 11, 0, 0), bk);
    skenario.jam(LocalDateTime.of(2025, 1, 11, 0, 0), skp.businessKey());
    service.tetapkanPredikat(org.instansi(), "bidang", 2024, org.kepalaDinas(), PredikatOrganisasi.BUTUH_PERBAIKAN, "dua IKU tertinggal");

    // When: the Kepala Dinas rates the Kepala Bidang's Hasil Kerja above what the Bidang achieved.
    assertThatThrownBy(() -> evaluation.nilaiAkhir(skp.getId(), org.kepalaDinas(),
        Skenario.rating(Rating.SESUAI_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("DI_BAWAH_EKSPEKTASI");

    // Then: nothing is rated; the rating that follows the Bidang's predicate is accepted.
    Assertions.assertThat(evaluation.akhir(skp.getId()).getStatus()).isNotEqualTo(StatusEvaluasi.DINILAI);
    evaluation.nilaiAkhir(skp.getId(), org.kepalaDinas(), Skenario.rating(Rating.DI_BAWAH_EKSPEKTASI, Rating.SESUAI_EKSPEKTASI));
    Assertions.assertThat(evaluation.akhir(skp.getId()).getStatus()).isEqualTo(StatusEvaluasi.DINILAI);
  }

  private Task tugasLaporan() {
    return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_REPORT).singleResult();
  }

  private UnitKerja dinas() { return organization.unit(instansi.get(org.instansi()), "dinas").orElseThrow(); }

  private UnitKerja bidang() { return organization.unit(instansi.get(org.instansi()), "bidang").orElseThrow(); }
}
