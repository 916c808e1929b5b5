package id.kinerjaflow.support;

import id.kinerjaflow.cycle.CycleService;
import id.kinerjaflow.cycle.PeluncuranService;
import id.kinerjaflow.latar.PekerjaanLatarService;
import id.kinerjaflow.evaluation.LaporanInput;
import id.kinerjaflow.evaluation.PenilaianInput;
import id.kinerjaflow.evaluation.Rating;
import id.kinerjaflow.planning.JenisRhk;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.RencanaInput;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.planning.TinjauanInput;
import id.kinerjaflow.planning.VerifikasiInput;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import id.kinerjaflow.planning.Rhk;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Given/when helpers for process tests: the engine clock in WIB, due timers, and typical input. */
@Component
public class Skenario {
  public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private final CycleService cycles;
  private final PlanningService planning;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final PeluncuranService peluncuran;
  private final PekerjaanLatarService latar;

  private final TransactionTemplate transaksi;

  Skenario(CycleService cycles, PlanningService planning, RuntimeService runtimeService, ManagementService managementService,
      PeluncuranService peluncuran, PekerjaanLatarService latar, PlatformTransactionManager transactionManager) {
    this.transaksi = new TransactionTemplate(transactionManager);
    this.peluncuran = peluncuran;
    this.latar = latar;
    this.cycles = cycles;
    this.planning = planning;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** Sets the engine clock to a local time in WIB and fires every timer of the SKP that is now due. */
  public void jam(LocalDateTime wib, String businessKey) {
    jam(wib);
    jalankanTimerJatuhTempo(businessKey);
  }

  public static void jam(LocalDateTime wib) { ClockUtil.setCurrentTime(Date.from(wib.atZone(WIB).toInstant())); }

  public static Date wib(LocalDateTime waktu) { return Date.from(waktu.atZone(WIB).toInstant()); }

  public Skp mulai(String nip, int tahun) { return planning.get(cycles.mulai(nip, tahun).skpId()); }

  /**
   * Launches the instansi's cycles as its admin would; its jobs run as the launch commits. Every employee's job is done
   * with no failure; answers what the launch did for each.
   */
  public CycleService.HasilMassal luncurkan(String instansi, int tahun) {
    long id = peluncuran.luncurkan(instansi, tahun, "admin").pekerjaanLatarId();
    PekerjaanLatarService.Kemajuan kemajuan = latar.kemajuan(instansi, id);
    if (kemajuan.status() != PekerjaanLatarService.Status.SELESAI || !kemajuan.gagal().isEmpty()) {
      throw new AssertionError("Peluncuran belum selesai tanpa kegagalan: " + kemajuan);
    }
    return peluncuran.hasil(id);
  }

  public void jalankanTimerJatuhTempo(String businessKey) {
    for (int putaran = 0; putaran < 200; putaran++) {
      List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list().stream()
          .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId())
              .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list().stream())
          .toList();
      if (due.isEmpty()) return;
      managementService.executeJob(due.get(0).getId());
    }
    throw new IllegalStateException("timer terus jatuh tempo");
  }

  public ProcessInstance instance(String businessKey, String processDefinitionKey) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey(processDefinitionKey).singleResult();
  }

  /** The periodic-evaluation instance of one period (the sequential call activity runs one at a time). */
  public ProcessInstance periode(String businessKey) { return instance(businessKey, "skp-periodic-evaluation"); }

  /** Drafts two RHK and submits, then the appraiser approves (and BKPSDM accepts, where its calendar verifies targets). */
  public Skp rencanaDisetujui(Skp skp) {
    planning.ubahRencana(skp.getId(), skp.getPegawai().getNip(), rencanaDuaRhk());
    planning.ajukan(skp.getId(), skp.getPegawai().getNip());
    Skp disetujui = planning.tinjau(skp.getId(), skp.getPenilai().getNip(), new TinjauanInput(true, null, null));
    if (!disetujui.getKalender().isVerifikasiTarget()) return disetujui;
    return planning.verifikasi(skp.getId(), true, new VerifikasiInput(true, null));
  }

  public static RencanaInput rencanaDuaRhk() {
    return new RencanaInput(List.of(
        new RencanaInput.RhkInput(null, "Tersusunnya laporan penyelenggaraan pemerintahan", JenisRhk.UTAMA, null,
            List.of(new RencanaInput.IndikatorInput("Jumlah laporan yang disusun", new BigDecimal("12"), "laporan", new BigDecimal("100"), 12))),
        new RencanaInput.RhkInput(null, "Terkelolanya arsip bidang", JenisRhk.TAMBAHAN, null,
            List.of(new RencanaInput.IndikatorInput("Persentase arsip tertata", new BigDecimal("90"), "persen", new BigDecimal("90"), 12)))),
        null, new RencanaInput.Lampiran("Anggaran kegiatan bidang dan satu unit komputer",
            "Dilaporkan setiap bulan kepada pejabat penilai melalui laporan realisasi",
            "Capaian di bawah target menjadi bahan pembinaan dalam dialog kinerja"));
  }

  /** Runs a read in a transaction, so a test can follow lazy associations. */
  public <T> T baca(Supplier<T> bacaan) { return transaksi.execute(tx -> bacaan.get()); }

  public LaporanInput laporanLengkap(Skp skp) { return baca(() -> laporanLengkap(planning.get(skp.getId()).getRhk())); }

  private static LaporanInput laporanLengkap(List<Rhk> rhk) {
    return new LaporanInput("Menyusun draf laporan dan menata arsip", rhk.stream()
        .flatMap(r -> r.getIndikator().stream())
        .map(i -> new LaporanInput.RealisasiInput(i.getId(), "Tercapai sesuai rencana periode ini")).toList());
  }

  public static PenilaianInput rating(Rating hasilKerja, Rating perilaku) {
    return new PenilaianInput(hasilKerja, perilaku, null, null);
  }
}
