package id.kinerjaflow.cycle;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import java.io.IOException;
import id.kinerjaflow.latar.PekerjaanLatarService;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import id.kinerjaflow.organization.JenisUnit;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.predicate.SaluranPenilaian;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Starting the annual cycle (skp-annual-cycle); a whole year per preset is in instansi/PresetTahunTest. */
@ProsesTest
class SkpAnnualCycleTest {
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired CycleService cycles;
  @Autowired OrganizationImport organizationImport;
  @Autowired JdbcTemplate jdbc;
  @Autowired PeluncuranService peluncuran;
  @Autowired PekerjaanLatarService latar;
  @Autowired ManagementService managementService;
  @Autowired PlatformTransactionManager transactionManager;

  @BeforeEach
  void awalTahun() {
    init(engine);
    Skenario.jam(LocalDateTime.of(2024, 1, 3, 8, 0));
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void peluncuranInstansiBerjalanDiLatarDanPermintaanKeduaMendapatYangSedangBerjalan() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    List<String> asn = List.of(org.kepalaDinas(), org.penilai(), org.pegawai(), org.verifikator());

    // When: the admin launches, and launches again before the first launch's jobs ran.
    var dua = new TransactionTemplate(transactionManager).execute(tx -> {
      var pertama = peluncuran.luncurkan(org.instansi(), 2024, "admin");
      // The request answers before any cycle starts: the work waits in the engine's jobs, rows that survive a restart.
      Assertions.assertThat(skpDi(org)).isZero();
      Assertions.assertThat(managementService.createJobQuery().processInstanceId(runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey("latar-" + pertama.pekerjaanLatarId()).singleResult().getId()).count())
          .isPositive();
      return List.of(pertama, peluncuran.luncurkan(org.instansi(), 2024, "admin"));
    });

    // Then: the second request got the running launch, not a new one; once its jobs ran, each ASN has one cycle.
    long id = dua.get(0).pekerjaanLatarId();
    Assertions.assertThat(dua).containsExactly(new PeluncuranService.Peluncuran(id, true), new PeluncuranService.Peluncuran(id, false));
    Assertions.assertThat(latar.kemajuan(org.instansi(), id)).extracting(PekerjaanLatarService.Kemajuan::status,
        PekerjaanLatarService.Kemajuan::jumlah, PekerjaanLatarService.Kemajuan::selesai)
        .containsExactly(PekerjaanLatarService.Status.SELESAI, asn.size(), (long) asn.size());
    Assertions.assertThat(peluncuran.hasil(id).dimulai()).extracting(CycleService.Siklus::nip).containsExactlyInAnyOrderElementsOf(asn);
    Assertions.assertThat(skpDi(org)).isEqualTo(asn.size());

    // A launch after that one ended is new, and finds every cycle there; the first one's outcomes stay readable.
    CycleService.HasilMassal lagi = skenario.luncurkan(org.instansi(), 2024);
    Assertions.assertThat(lagi.dimulai()).isEmpty();
    Assertions.assertThat(lagi.sudahAda()).extracting(CycleService.Siklus::nip).containsExactlyInAnyOrderElementsOf(asn);
    Assertions.assertThat(skpDi(org)).isEqualTo(asn.size());
    Assertions.assertThat(latar.daftar(org.instansi())).extracting(PekerjaanLatarService.Kemajuan::id).hasSize(2).contains(id);
    Assertions.assertThat(peluncuran.hasil(id).dimulai()).hasSize(asn.size());

    // The progress counts each outcome and details one page at a time, so a Pemda of 10,000 reads it in pages.
    var halaman = (LangkahMulaiSiklus.HasilHalaman) latar.kemajuan(org.instansi(), id, 1, 3).hasil();
    Assertions.assertThat(halaman.jumlah()).containsEntry("dimulai", (long) asn.size()).containsEntry("pmm", 0L);
    Assertions.assertThat(halaman.dimulai()).hasSize(asn.size() - 3);
    Assertions.assertThat(((LangkahMulaiSiklus.HasilHalaman) latar.daftar(org.instansi()).get(1).hasil()).dimulai()).isEmpty();
  }

  private Integer skpDi(TestOrganisasi.Org org) {
    return jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id join instansi i on i.id = p.instansi_id"
        + " where i.kode = ?", Integer.class, org.instansi());
  }

  @Test
  void perencanaanMembawaHanyaVariabelYangDibacanyaDanRiwayatTetapMencatatKeputusan() {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Skp skp = skenario.mulai(org.pegawai(), 2024);
    HistoryService history = engine.getHistoryService();
    String siklus = skp.getProcessInstanceId();
    String perencanaan = skenario.instance(skp.businessKey(), SkpPlanningProcess.PROCESS_ID).getId();

    // The planning instance holds what its tasks, timers, gateways and delegates read, not the cycle's other variables.
    Assertions.assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(perencanaan).list())
        .filteredOn(v -> v.getExecutionId().equals(perencanaan)).extracting(VariableInstance::getName)
        .containsExactlyInAnyOrder("skpId", "nip", "nama", "tahun", "kalenderId", "zonaWaktu", "instansi", "verifikasiTarget");
    // The cycle's history keeps no variable that was read only while it started, nor a null reason for a missing appraiser.
    Assertions.assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(siklus).list())
        .extracting(HistoricVariableInstance::getName)
        .containsExactlyInAnyOrder("skpId", "nip", "nama", "tahun", "kalenderId", "zonaWaktu", "instansi", "verifikasiTarget",
            "saluran", "keteranganSaluran");
    // An auditor still reads assessment-channel's decision: what it was given and what it chose.
    HistoricDecisionInstance saluran = history.createHistoricDecisionInstanceQuery().processInstanceId(siklus)
        .decisionDefinitionKey(SaluranPenilaian.DECISION).includeInputs().includeOutputs().singleResult();
    Assertions.assertThat(saluran.getInputs()).extracting(HistoricDecisionInputInstance::getValue)
        .containsExactlyInAnyOrder(KelasJabatan.PELAKSANA.name(), JenisUnit.DINAS.name());
    Assertions.assertThat(saluran.getOutputs()).extracting(HistoricDecisionOutputInstance::getVariableName,
        HistoricDecisionOutputInstance::getValue).contains(Assertions.tuple("saluran", "SKP"));
    // And the SKP's position and appraiser in the domain and its audit.
    Assertions.assertThat(jdbc.queryForObject("select count(*) from skp_aud where id = ? and kedudukan = 'DEFINITIF' and penilai_id is not null",
        Long.class, skp.getId())).isPositive();
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

  /** A primary school (its head, a teacher, its administration staff) and a Puskesmas (its head) in the test Pemda's Dinas. */
  record Sekolah(String kepalaSekolah, String guru, String kepalaPuskesmas, String tenagaKependidikan) {}

  private Sekolah sekolahDanPuskesmas(TestOrganisasi.Org org) throws IOException {
    String awal = org.pegawai().substring(0, 12);
    Sekolah s = new Sekolah(awal + "200011", awal + "200022", awal + "200033", awal + "200044");
    organizationImport.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nsd,SD Negeri Uji,SEKOLAH,dinas\n"
        + "pkm,Puskesmas Uji,PUSKESMAS,dinas\n"), "uji");
    organizationImport.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + s.kepalaSekolah() + ",Sri Wahyuni,PNS,Kepala SD Negeri Uji,KEPALA_UNIT_KERJA_MANDIRI,sd,true,,true\n"
        + s.guru() + ",Yoga Pratama,PPPK,Guru Kelas,GURU,sd,false,,true\n"
        + s.tenagaKependidikan() + ",Dian Puspita,PPPK,Tenaga Administrasi Sekolah,TENAGA_KEPENDIDIKAN,sd,false,,true\n"
        + s.kepalaPuskesmas() + ",drg. Maya Sari,PNS,Kepala Puskesmas Uji,KEPALA_UNIT_KERJA_MANDIRI,pkm,true,,true\n"), "uji");
    return s;
  }


  @Test
  void guruDanKepalaSekolahDinilaiMelaluiPmmTanpaSkp() throws IOException {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Sekolah sekolah = sekolahDanPuskesmas(org);

    for (String nip : new String[] {sekolah.guru(), sekolah.kepalaSekolah()}) {
      Assertions.assertThatThrownBy(() -> cycles.mulai(nip, 2024))
          .isInstanceOf(ConflictException.class).hasMessageContaining("(" + nip + ") dinilai melalui PMM (Platform Merdeka Mengajar)")
          .hasMessageContaining("/api/instansi/" + org.instansi() + "/impor/predikat-pmm");
      Assertions.assertThat(jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ?",
          Integer.class, nip)).isZero();
      Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(nip + "-2024")
          .count()).as("nothing written, not even history").isZero();
    }
    // A Kepala Puskesmas holds the same position class, in a Puskesmas: an SKP cycle as usual.
    Assertions.assertThat(cycles.mulai(sekolah.kepalaPuskesmas(), 2024).baru()).isTrue();
  }

  /** Education staff use e-Kinerja, not PMM (SE Bengkalis point 7): an SKP, appraised by the principal (annex row 12). */
  @Test
  void tenagaKependidikanMenyusunSkpDenganKepalaSekolahSebagaiPenilai() throws IOException {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Sekolah sekolah = sekolahDanPuskesmas(org);

    CycleService.Siklus siklus = cycles.mulai(sekolah.tenagaKependidikan(), 2024);

    Assertions.assertThat(siklus.baru()).isTrue();
    Assertions.assertThat(siklus.menungguPenilai()).isFalse();
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(siklus.processInstanceId()).singleResult())
        .hasPassedInOrder(SkpAnnualCycleProcess.TASK_DETERMINE_ASSESSMENT_CHANNEL, SkpAnnualCycleProcess.TASK_CREATE_SKP,
            SkpAnnualCycleProcess.TASK_FIND_APPRAISER, SkpAnnualCycleProcess.GATEWAY_APPRAISER_KNOWN)
        .hasNotPassed(SkpAnnualCycleProcess.END_APPRAISED_IN_PMM).variables().containsEntry("saluran", "SKP");
    Assertions.assertThat(jdbc.queryForObject("select pn.nip from skp s join pegawai pn on pn.id = s.penilai_id where s.id = ?",
        String.class, siklus.skpId())).isEqualTo(sekolah.kepalaSekolah());
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(sekolah.tenagaKependidikan() + "-2024")
        .taskDefinitionKey(SkpPlanningProcess.TASK_DRAFT).singleResult().getAssignee()).isEqualTo(sekolah.tenagaKependidikan());
  }

  /**
   * The acting SKP follows assessment-channel for the position acted in: a Plh Kepala Sekolah gets none (principals use
   * PMM), while their own SKP starts. The ended instance is kept, so a second start decides nothing again.
   */
  @Test
  void plhKepalaSekolahTanpaSkpKeduaKarenaPmm() throws IOException {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Sekolah sekolah = sekolahDanPuskesmas(org);
    organizationImport.imporPegawai(org.instansi(), aliranCsv("nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n"
        + sekolah.tenagaKependidikan() + ",Dian Puspita,PPPK,Tenaga Administrasi Sekolah,TENAGA_KEPENDIDIKAN,sd,false,sd,true\n"), "uji");

    CycleService.Siklus pertama = cycles.mulai(sekolah.tenagaKependidikan(), 2024);
    CycleService.Siklus kedua = cycles.mulai(sekolah.tenagaKependidikan(), 2024);

    Assertions.assertThat(pertama.baru()).isTrue();
    Assertions.assertThat(pertama.plt()).isNull();
    Assertions.assertThat(kedua.baru()).isFalse();
    Assertions.assertThat(kedua.plt()).isNull();
    Assertions.assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(sekolah.tenagaKependidikan() + "-2024-plt").list()).singleElement()
        .satisfies(p -> Assertions.assertThat(p.getEndActivityId()).isEqualTo(SkpAnnualCycleProcess.END_APPRAISED_IN_PMM));
    Assertions.assertThat(jdbc.queryForObject("select count(*) from skp s join pegawai p on p.id = s.pegawai_id where p.nip = ?",
        Integer.class, sekolah.tenagaKependidikan())).isEqualTo(1);
  }

  @Test
  void siklusInstansiMelewatiPesertaPmmDanMelaporkannyaTerpisah() throws IOException {
    TestOrganisasi.Org org = organisasi.baru("bengkalis-2024", 2024);
    Sekolah sekolah = sekolahDanPuskesmas(org);

    CycleService.HasilMassal hasil = skenario.luncurkan(org.instansi(), 2024);

    Assertions.assertThat(hasil.dimulai()).extracting(CycleService.Siklus::nip)
        .containsExactlyInAnyOrder(org.kepalaDinas(), org.penilai(), org.pegawai(), org.verifikator(), sekolah.kepalaPuskesmas(),
            sekolah.tenagaKependidikan());
    Assertions.assertThat(hasil.pmm()).extracting(CycleService.PesertaPmm::nip, CycleService.PesertaPmm::nama)
        .containsExactlyInAnyOrder(Assertions.tuple(sekolah.kepalaSekolah(), "Sri Wahyuni"), Assertions.tuple(sekolah.guru(), "Yoga Pratama"));
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(sekolah.guru() + "-2024").count()).isZero();

    CycleService.HasilMassal lagi = skenario.luncurkan(org.instansi(), 2024);
    Assertions.assertThat(lagi.dimulai()).isEmpty();
    Assertions.assertThat(lagi.sudahAda()).hasSize(6);
    Assertions.assertThat(lagi.pmm()).hasSize(2);
  }
}
