package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.SkpAnnualCycleProcess.GATEWAY_APPRAISER_KNOWN;
import static id.kinerjaflow.process.SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER;
import static id.kinerjaflow.process.SkpAnnualCycleProcess.TASK_FIND_APPRAISER;
import static id.kinerjaflow.process.SkpPlanningProcess.TASK_DRAFT;
import static id.kinerjaflow.process.SkpPlanningProcess.TASK_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import id.kinerjaflow.instansi.JenisTenggat;
import id.kinerjaflow.instansi.TenggatService;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rina, a Pelaksana of a Kantor directly under the Pemda, has no Administrator or Pengawas above her (Bengkalis 2024):
 * her cycle starts anyway and waits for BKPSDM to determine her appraiser, then planning runs with that appraiser.
 */
@ProsesTest
class PenentuanPenilaiProcessTest {
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";
  private static final String ALASAN = "Surat Kepala BKPSDM No. 800/7/2024: Kepala Bidang Uji menilai sementara";

  @Autowired ProcessEngine engine;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport impor;
  @Autowired CycleService cycles;
  @Autowired PenentuanPenilai penentuan;
  @Autowired PenyelarasanPenilai penyelarasan;
  @Autowired PlanningService planning;
  @Autowired TenggatService tenggat;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  TestOrganisasi.Org org;
  String rina;

  @BeforeEach
  void kantorTanpaKepala() throws IOException {
    BpmnAwareTests.init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 3, 8, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    rina = nip(6);
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nkantor,Kantor Uji,DINAS,pemda\n"), "admin");
    impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + rina + ",Rina Kartika,PNS,Pengadministrasi Umum,PELAKSANA,kantor,false,,true\n"), "admin");
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void siklusMenungguAdminLaluPerencanaanBerjalanDenganPenilaiYangDitentukan() {
    CycleService.Siklus siklus = cycles.mulai(rina, 2024);

    assertThat(siklus.baru()).isTrue();
    assertThat(siklus.menungguPenilai()).isTrue();
    Skp skp = planning.get(siklus.skpId());
    assertThat(skp.getPenilai()).isNull();
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(skp.getProcessInstanceId()).singleResult())
        .hasPassedInOrder(TASK_FIND_APPRAISER, GATEWAY_APPRAISER_KNOWN).isWaitingAt(TASK_DETERMINE_APPRAISER);
    Task tentukan = tugas(skp, TASK_DETERMINE_APPRAISER);
    assertThat(tentukan.getName()).isEqualTo("Tentukan Pejabat Penilai — Rina Kartika (" + rina + ")");
    String alasanTanpaPenilai = "Pejabat penilai untuk Rina Kartika (" + rina + ") tidak ditemukan: tidak ada pejabat ADMINISTRATOR/PENGAWAS"
        + " (definitif, atau Plt/Plh bila jabatan kepala kosong) di Kantor Uji atau unit induknya (aturan baris 6).";
    assertThat(runtimeService.getVariable(skp.getProcessInstanceId(), Variables.ALASAN_TANPA_PENILAI)).isEqualTo(alasanTanpaPenilai);
    assertThat(tentukan.getDescription()).contains(alasanTanpaPenilai);
    assertThat(tentukan.getDueDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 2, 1, 0, 0)));
    assertThat(tentukan.getAssignee()).isNull();
    assertThat(taskService.getIdentityLinksForTask(tentukan.getId())).extracting(IdentityLink::getType, IdentityLink::getGroupId)
        .containsExactly(tuple(IdentityLinkType.CANDIDATE, Grup.adminInstansi(org.instansi())));
    assertThat(skenario.instance(skp.businessKey(), SkpPlanningProcess.PROCESS_ID)).as("planning waits").isNull();
    identityService.setAuthentication(org.verifikator(), List.of(Grup.ADMIN_BKPSDM, Grup.adminInstansi(org.instansi())),
        List.of(org.instansi()));
    try {
      String filter = filterService.createFilterQuery().filterName("Perlu Ditentukan").singleResult().getId();
      assertThat(filterService.<Task>list(filter)).extracting(Task::getId).containsExactly(tentukan.getId());
    } finally {
      identityService.clearAuthentication();
    }

    PenyelarasanPenilai.Perpindahan p = penentuan.tentukan(skp.getId(), true, org.penilai(), ALASAN, org.verifikator());

    assertThat(p.penilaiLamaNip()).isNull();
    assertThat(p.penilaiBaruNip()).isEqualTo(org.penilai());
    assertThat(planning.get(skp.getId()).getPenilai().getNip()).isEqualTo(org.penilai());
    Task draf = tugas(skp, TASK_DRAFT);
    assertThat(draf.getAssignee()).isEqualTo(rina);
    assertThat(draf.getDescription()).contains("Kepala Bidang Uji");
    planning.ubahRencana(skp.getId(), rina, Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), rina);
    assertThat(tugas(skp, TASK_REVIEW).getAssignee()).isEqualTo(org.penilai());

    // History keeps the waiting task, who set the appraiser and why, and the SKP without and then with its appraiser.
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(skp.businessKey())
        .taskDefinitionKey(TASK_DETERMINE_APPRAISER).finished().count()).isEqualTo(1);
    assertThat(skenario.baca(() -> penyelarasan.riwayat(planning.get(skp.getId())).stream().map(PenyelarasanPenilai.Perpindahan::of)
        .toList())).extracting(PenyelarasanPenilai.Perpindahan::penilaiLamaNip, PenyelarasanPenilai.Perpindahan::penilaiBaruNip,
            PenyelarasanPenilai.Perpindahan::alasan, PenyelarasanPenilai.Perpindahan::oleh)
        .containsExactly(tuple(null, org.penilai(), ALASAN, org.verifikator()));
    assertThat(jdbc.queryForList("select p.nip from skp_aud a left join pegawai p on p.id = a.penilai_id where a.id = ? order by a.rev",
        String.class, skp.getId()).stream().distinct()).containsExactly(null, org.penilai());
  }

  @Test
  void siklusInstansiMelaporkanYangMenungguPenilaiBukanGagal() {
    CycleService.HasilMassal hasil = skenario.luncurkan(org.instansi(), 2024);

    assertThat(hasil.dimulai()).extracting(CycleService.Siklus::nip).doesNotContain(rina).hasSize(4);
    assertThat(hasil.menungguPenilai()).singleElement().satisfies(m -> {
      assertThat(m.nip()).isEqualTo(rina);
      assertThat(m.nama()).isEqualTo("Rina Kartika");
      assertThat(m.alasan()).startsWith("Pejabat penilai untuk Rina Kartika (" + rina + ") tidak ditemukan");
    });
    assertThat(skenario.luncurkan(org.instansi(), 2024).sudahAda()).filteredOn(CycleService.Siklus::menungguPenilai)
        .extracting(CycleService.Siklus::nip).containsExactly(rina);
  }

  @Test
  void penyelarasanMelewatiSkpYangMenungguPenilai() throws IOException {
    Skp skp = skenario.mulai(rina, 2024);

    OrganizationImport.Hasil hasil = impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + nip(7) + ",Joko Susilo,PNS,Kepala Kantor Uji,ADMINISTRATOR,kantor,true,,true\n"), "admin");

    assertThat(hasil.penilai().dipindahkan()).isEmpty();
    assertThat(hasil.penilai().tanpaPenilai()).isEmpty();
    assertThat(planning.get(skp.getId()).getPenilai()).isNull();
    assertThat(tugas(skp, TASK_DETERMINE_APPRAISER)).isNotNull();
  }

  @Test
  void batasRencanaDiubahTugasYangMenungguDanPerencanaannyaIkut() {
    Skp skp = skenario.mulai(rina, 2024);

    tenggat.ubah(org.instansi(), 2024, new TenggatService.Perubahan(JenisTenggat.RENCANA, null, null, LocalDate.of(2024, 2, 14),
        "SE Bupati No. 800/3/2024"), "admin");

    assertThat(tugas(skp, TASK_DETERMINE_APPRAISER).getDueDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 2, 15, 0, 0)));
    penentuan.tentukan(skp.getId(), true, org.penilai(), ALASAN, org.verifikator());
    assertThat(tugas(skp, TASK_DRAFT).getDueDate()).isEqualTo(Skenario.wib(LocalDateTime.of(2024, 2, 15, 0, 0)));
  }

  private Task tugas(Skp skp, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** A NIP next to the test Pemda's own (which use 1 to 5). */
  private String nip(int k) { return org.pegawai().substring(0, 12) + String.format("%05d%d", 10000 + k, k % 10); }

}
