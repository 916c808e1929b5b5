package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.SkpPlanningProcess.TASK_REVIEW;
import static id.kinerjaflow.process.SkpPlanningProcess.TASK_REVISE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static id.kinerjaflow.support.Berkas.aliranCsv;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.organization.AkibatPenilai;
import id.kinerjaflow.organization.DelegasiPenilaiService;
import id.kinerjaflow.organization.KelasJabatan;
import id.kinerjaflow.organization.Mutasi;
import id.kinerjaflow.organization.OrganizationImport;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import id.kinerjaflow.support.ProsesTest;
import id.kinerjaflow.support.Skenario;
import id.kinerjaflow.support.TestOrganisasi;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import java.io.IOException;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Mutasi, re-imports and delegation mid-year (Bengkalis 2024). The Kepala Seksi (A, Pengawas) appraises Siti, a Pelaksana in the
 * seksi; the Kepala Bidang above (B, Administrator) is next in line. When the organisation changes, Siti's open SKP
 * follows her appraiser: the SKP, and the appraiser's open tasks; tasks made later read the appraiser from the SKP.
 */
@ProsesTest
class PerpindahanPenilaiProcessTest {
  private static final String JUDUL_PEGAWAI = "nip,nama,jenis_asn,jabatan,kelas_jabatan,unit_kerja,kepala,plt_plh,aktif\n";

  @Autowired TestOrganisasi organisasi;
  @Autowired Skenario skenario;
  @Autowired OrganizationImport impor;
  @Autowired OrganizationService organization;
  @Autowired Mutasi mutasi;
  @Autowired DelegasiPenilaiService delegasi;
  @Autowired PenyelarasanPenilai penyelarasan;
  @Autowired PlanningService planning;
  @Autowired EvaluationService evaluation;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcTemplate jdbc;
  @Autowired PerpindahanPenilaiRepository perpindahanRepository;
  @Autowired PekerjaanLatarService latar;

  TestOrganisasi.Org org;
  String kasi;
  String siti;
  String kabid;
  Skp skp;

  @BeforeEach
  void kepalaSeksiMenilaiSiti() throws IOException {
    Skenario.jam(LocalDateTime.of(2024, 1, 2, 8, 0));
    org = organisasi.baru("bengkalis-2024", 2024);
    kabid = org.penilai();
    kasi = nip(6);
    siti = nip(7);
    impor.imporUnit(org.instansi(), aliranCsv("kode,nama,jenis,kode_induk\nseksi,Seksi Umum,DINAS,bidang\n"), "admin");
    impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI
        + kasi + ",Agus Salim,PNS,Kepala Seksi Umum,PENGAWAS,seksi,true,,true\n"
        + siti + ",Siti Rahma,PNS,Pengadministrasi Umum,PELAKSANA,seksi,false,,true\n"), "admin");
    skp = skenario.mulai(siti, 2024);
    assertThat(skp.getPenilai().getNip()).isEqualTo(kasi);
  }

  @AfterEach
  void resetJam() { ClockUtil.reset(); }

  @Test
  void kepalaSeksiDimutasiTinjauanDanPenilaianBerikutnyaKeKepalaBidang() {
    diajukan();
    planning.tinjau(skp.getId(), kasi, new TinjauanInput(false, "Lengkapi indikator kualitas", null));
    diajukan();
    Task tinjauan = tugas(TASK_REVIEW);
    assertThat(tinjauan.getAssignee()).isEqualTo(kasi);

    Mutasi.Hasil hasil = mutasi.mutasi(org.instansi(), kasi,
        new Mutasi.Perubahan("dinas", "Kepala Subbagian Umum", KelasJabatan.PENGAWAS, false, "821/12/2024", "rotasi"), "admin");

    assertThat(akibat(hasil.penilai()).tanpaPenilai()).isEmpty();
    assertThat(akibat(hasil.penilai()).dipindahkan()).singleElement().satisfies(p -> {
      assertThat(p.skpId()).isEqualTo(skp.getId());
      assertThat(p.penilaiLamaNip()).isEqualTo(kasi);
      assertThat(p.penilaiBaruNip()).isEqualTo(kabid);
      assertThat(tugasDipindahkan(akibat(hasil.penilai()), p)).isEqualTo(1);
      assertThat(p.alasan()).isEqualTo("Mutasi Agus Salim (" + kasi + ") menjadi Kepala Subbagian Umum, Dinas Uji; SK 821/12/2024; rotasi");
    });
    assertThat(taskService.createTaskQuery().taskId(tinjauan.getId()).singleResult().getAssignee()).isEqualTo(kabid);
    assertThat(planning.get(skp.getId()).getPenilai().getNip()).isEqualTo(kabid);
    for (String proses : new String[] {SkpAnnualCycleProcess.PROCESS_ID, SkpPlanningProcess.PROCESS_ID}) {
      assertThat(runtimeService.getVariables(skenario.instance(skp.businessKey(), proses).getId()))
          .as(proses + ": no copy of the appraiser to keep up to date").doesNotContainKeys("penilaiNip", "penilaiNama");
    }

    // History keeps who did what before: A's return, the hand-over of the open review, the old and new penilai.
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(skp.businessKey())
        .taskDefinitionKey(TASK_REVIEW).finished().singleResult().getAssignee()).isEqualTo(kasi);
    assertThat(historyService.createHistoricIdentityLinkLogQuery().taskId(tinjauan.getId()).type(IdentityLinkType.ASSIGNEE)
        .orderByTime().asc().list()).extracting(HistoricIdentityLinkLog::getOperationType, HistoricIdentityLinkLog::getUserId)
        .containsSubsequence(tuple("add", kasi), tuple("delete", kasi), tuple("add", kabid));
    assertThat(jdbc.queryForList("select p.nip from skp_aud a join pegawai p on p.id = a.penilai_id where a.id = ? order by a.rev",
        String.class, skp.getId()).stream().distinct()).containsExactly(kasi, kabid);
    assertThat(skenario.baca(() -> penyelarasan.riwayat(planning.get(skp.getId())).stream().map(PenyelarasanPenilai.Perpindahan::of)
        .toList())).extracting(PenyelarasanPenilai.Perpindahan::penilaiLamaNip, PenyelarasanPenilai.Perpindahan::penilaiBaruNip)
        .containsExactly(tuple(kasi, kabid));

    // Only the new appraiser decides; the periodic rating later goes to them too.
    assertThatThrownBy(() -> planning.tinjau(skp.getId(), kasi, new TinjauanInput(true, null, null)))
        .isInstanceOf(ForbiddenException.class);
    planning.tinjau(skp.getId(), kabid, new TinjauanInput(true, null, null));
    skenario.jam(LocalDateTime.of(2024, 3, 1, 8, 0), skp.businessKey());
    evaluation.lapor(skp.getId(), 1, siti, skenario.laporanLengkap(skp));
    assertThat(tugas(SkpPeriodicEvaluationProcess.TASK_RATE).getAssignee()).isEqualTo(kabid);
  }

  @Test
  void sitiPindahKeBidangPerbaikannyaTetapPadanyaDanTinjauanBerikutnyaKeKepalaBidang() {
    diajukan();
    planning.tinjau(skp.getId(), kasi, new TinjauanInput(false, "Lengkapi indikator kualitas", null));
    Task perbaikan = tugas(TASK_REVISE);

    Mutasi.Hasil hasil = mutasi.mutasi(org.instansi(), siti,
        new Mutasi.Perubahan("bidang", "Pengadministrasi Umum", KelasJabatan.PELAKSANA, false, null, null), "admin");

    assertThat(akibat(hasil.penilai()).dipindahkan()).singleElement().satisfies(p -> {
      assertThat(p.penilaiBaruNip()).isEqualTo(kabid);
      assertThat(tugasDipindahkan(akibat(hasil.penilai()), p)).isZero();
    });
    assertThat(taskService.createTaskQuery().taskId(perbaikan.getId()).singleResult().getAssignee()).isEqualTo(siti);
    diajukan();
    assertThat(tugas(TASK_REVIEW).getAssignee()).isEqualTo(kabid);

    // A task made after the move names the new appraiser: it reads them from the SKP when it is created.
    planning.tinjau(skp.getId(), kabid, new TinjauanInput(false, "Tambahkan target waktu", null));
    assertThat(tugas(TASK_REVISE).getDescription()).contains("dikembalikan oleh Kepala Bidang Uji");
  }

  @Test
  void imporUlangYangMenggantiKepalaSeksiMemindahkanTinjauan() throws IOException {
    diajukan();
    String kasiBaru = nip(8);
    String berkas = JUDUL_PEGAWAI
        + kasi + ",Agus Salim,PNS,Analis Kebijakan,PENGAWAS,seksi,false,,true\n"
        + kasiBaru + ",Dewi Lestari,PNS,Kepala Seksi Umum,PENGAWAS,seksi,true,,true\n";

    OrganizationImport.Hasil hasil = impor.imporPegawai(org.instansi(), aliranCsv(berkas), "admin");

    assertThat(hasil.dibuat()).isEqualTo(1);
    assertThat(hasil.diubah()).isEqualTo(1);
    assertThat(akibat(hasil.penilai()).dipindahkan()).singleElement().satisfies(p -> {
      assertThat(p.penilaiLamaNip()).isEqualTo(kasi);
      assertThat(p.penilaiBaruNip()).isEqualTo(kasiBaru);
      assertThat(p.alasan()).isEqualTo("Impor pegawai dari CSV");
      assertThat(p.oleh()).isEqualTo("admin");
      assertThat(tugasDipindahkan(akibat(hasil.penilai()), p)).isEqualTo(1);
    });
    assertThat(tugas(TASK_REVIEW).getAssignee()).isEqualTo(kasiBaru);
    assertThat(planning.get(skp.getId()).getPenilai().getNip()).isEqualTo(kasiBaru);

    assertThat(impor.imporPegawai(org.instansi(), aliranCsv(berkas), "admin").penilai().dipindahkan()).as("the same file again").isEmpty();
  }

  @Test
  void tanpaPenilaiBaruSkpTetapPadaPenilaiLamaDanDilaporkan() {
    diajukan();

    Mutasi.Hasil hasil = mutasi.mutasi(org.instansi(), siti,
        new Mutasi.Perubahan("dinas", "Pengadministrasi Umum", KelasJabatan.PELAKSANA, false, null, null), "admin");

    assertThat(hasil.berubah()).isTrue();
    assertThat(organization.pegawai(siti).getJabatan().getUnit().getKode()).isEqualTo("dinas");
    assertThat(akibat(hasil.penilai()).dipindahkan()).isEmpty();
    assertThat(akibat(hasil.penilai()).tanpaPenilai()).singleElement().satisfies(t -> {
      assertThat(t.skpId()).isEqualTo(skp.getId());
      assertThat(t.penilaiNip()).isEqualTo(kasi);
      assertThat(t.alasan()).startsWith("Pejabat penilai untuk Siti Rahma (" + siti + ") tidak ditemukan");
    });
    assertThat(tugas(TASK_REVIEW).getAssignee()).isEqualTo(kasi);
    assertThat(planning.get(skp.getId()).getPenilai().getNip()).isEqualTo(kasi);
    assertThat(jdbc.queryForObject("select count(*) from perpindahan_penilai where skp_id = ?", Integer.class, skp.getId())).isZero();
  }

  @Test
  void kepalaKeduaDitolakTanpaMengubahApaPun() {
    diajukan();
    Integer revisi = jdbc.queryForObject("select count(*) from revisi", Integer.class);

    assertThatThrownBy(() -> mutasi.mutasi(org.instansi(), siti,
        new Mutasi.Perubahan("bidang", "Kepala Bidang", KelasJabatan.ADMINISTRATOR, true, null, null), "admin"))
        .isInstanceOf(ConflictException.class)
        .hasMessage("Unit Bidang Uji sudah punya kepala aktif: Kepala Bidang Uji (" + kabid + "). Mutasikan kepala yang lama lebih dulu.");

    assertThat(organization.pegawai(siti).getJabatan().getUnit().getKode()).isEqualTo("seksi");
    assertThat(tugas(TASK_REVIEW).getAssignee()).isEqualTo(kasi);
    assertThat(jdbc.queryForObject("select count(*) from revisi", Integer.class)).isEqualTo(revisi);
  }

  /** Row 9: the Kepala Dinas appraises an Ahli Pertama; once BKPSDM delegates the row in the Dinas, the Kepala Bidang does. */
  @Test
  void delegasiBaris9MemindahkanTinjauanAhliPertamaKeKepalaBidang() throws IOException {
    String nurul = nip(9);
    impor.imporPegawai(org.instansi(), aliranCsv(JUDUL_PEGAWAI + nurul + ",Nurul Hidayah,PNS,Perencana Ahli Pertama,FUNGSIONAL_AHLI_PERTAMA,"
        + "bidang,false,,true\n"), "admin");
    Skp skpNurul = skenario.mulai(nurul, 2024);
    planning.ubahRencana(skpNurul.getId(), nurul, Skenario.rencanaDuaRhk());
    planning.ajukan(skpNurul.getId(), nurul);
    assertThat(tugasDari(skpNurul, TASK_REVIEW).getAssignee()).isEqualTo(org.kepalaDinas());

    var hasil = delegasi.atur(org.instansi(), "dinas", 2024, "9", true, "admin");

    assertThat(akibat(hasil.penilai()).dipindahkan()).singleElement().satisfies(p -> {
      assertThat(p.skpId()).isEqualTo(skpNurul.getId());
      assertThat(p.penilaiLamaNip()).isEqualTo(org.kepalaDinas());
      assertThat(p.penilaiBaruNip()).isEqualTo(kabid);
      assertThat(p.alasan()).isEqualTo("Delegasi penilai baris 9 di Dinas Uji tahun 2024 diaktifkan");
    });
    assertThat(tugasDari(skpNurul, TASK_REVIEW).getAssignee()).isEqualTo(kabid);
    assertThat(planning.get(skp.getId()).getPenilai().getNip()).as("Siti's SKP (row 6) keeps its appraiser").isEqualTo(kasi);
  }

  private Task tugasDari(Skp s, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(s.businessKey()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private void diajukan() {
    planning.ubahRencana(skp.getId(), siti, Skenario.rencanaDuaRhk());
    planning.ajukan(skp.getId(), siti);
  }

  private Task tugas(String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(skp.businessKey()).taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  /** A NIP next to the test Pemda's own (which use 1 to 5). */
  private String nip(int k) { return org.pegawai().substring(0, 12) + String.format("%05d%d", 10000 + k, k % 10); }

  /**
   * How many open tasks a move handed over, once its background work ran (right after the change committed, as the
   * job executor would); the work reports every move done and none failed.
   */
  private int tugasDipindahkan(PenyelarasanPenilai.Hasil hasil, PenyelarasanPenilai.Perpindahan p) {
    PekerjaanLatarService.Kemajuan kemajuan = latar.kemajuan(org.instansi(), hasil.pekerjaanLatar());
    assertThat(kemajuan.status()).isEqualTo(PekerjaanLatarService.Status.SELESAI);
    assertThat(kemajuan.selesai()).isEqualTo(hasil.dipindahkan().size());
    assertThat(kemajuan.gagal()).isEmpty();
    return perpindahanRepository.findById(p.id()).orElseThrow().getTugasDipindahkan();
  }

  /** The moves the cycle package reported on the organisation change. */
  private static PenyelarasanPenilai.Hasil akibat(AkibatPenilai penilai) { return (PenyelarasanPenilai.Hasil) penilai; }
}
