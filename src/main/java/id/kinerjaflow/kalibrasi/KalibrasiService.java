package id.kinerjaflow.kalibrasi;

import id.kinerjaflow.capaian.PenetapanPredikatOrganisasi;
import id.kinerjaflow.capaian.PenetapanPredikatOrganisasiRepository;
import id.kinerjaflow.evaluation.EvaluasiAkhir;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.evaluation.Predikat;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.kalibrasi.DistribusiService.Anggota;
import id.kinerjaflow.organization.DelegasiPenilaiService;
import id.kinerjaflow.organization.LingkupUnit;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.process.OpenTasks;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.Variables;
import id.kinerjaflow.web.ConflictException;
import id.kinerjaflow.web.ForbiddenException;
import id.kinerjaflow.web.InvalidInputException;
import id.kinerjaflow.web.NotFoundException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration of a perangkat daerah's final predicates by its head (predicate-calibration): the sheet, a predicate changed
 * with a reason (audited old → new), confirmation against the curve, and the predicates made final afterwards. The models
 * name it {@code kalibrasiPredikat}: {@code menunggu(skpId)} in skp-annual-cycle, {@code kepala(unitId)} in predicate-calibration.
 */
@Service("kalibrasiPredikat")
@Transactional
public class KalibrasiService {
  private final DistribusiService distribusi;
  private final OrganizationService organization;
  private final DelegasiPenilaiService delegasi;
  private final InstansiService instansiService;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final KalibrasiPredikatRepository repository;
  private final PenetapanPredikatOrganisasiRepository predikatOrganisasi;
  private final KurvaDistribusi kurva;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final OpenTasks openTasks;
  private final LingkupUnit lingkup;
  private final Clock jam;

  KalibrasiService(DistribusiService distribusi, OrganizationService organization, DelegasiPenilaiService delegasi,
      InstansiService instansiService, PlanningService planning, EvaluationService evaluation, KalibrasiPredikatRepository repository,
      PenetapanPredikatOrganisasiRepository predikatOrganisasi, KurvaDistribusi kurva, TaskService taskService,
      RuntimeService runtimeService, OpenTasks openTasks, LingkupUnit lingkup, Clock jam) {
    this.distribusi = distribusi;
    this.organization = organization;
    this.delegasi = delegasi;
    this.instansiService = instansiService;
    this.planning = planning;
    this.evaluation = evaluation;
    this.repository = repository;
    this.predikatOrganisasi = predikatOrganisasi;
    this.kurva = kurva;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.openTasks = openTasks;
    this.lingkup = lingkup;
    this.jam = jam;
  }

  /** {@code terbuka}: the calibration task is open; {@code kepala}: who heads the perangkat daerah (the task's assignee). */
  public record Lembar(DistribusiService.PerangkatDaerahView distribusi, boolean kurvaMengikat, String kepalaNip, String kepalaNama,
      boolean terbuka, List<BarisPegawai> pegawai) {}

  /** {@code alasanPerubahan}: why the predicate last changed after the rating (the old and new are in the audit). */
  public record BarisPegawai(Long skpId, String nip, String nama, String jabatan, String unit, Predikat predikat,
      String alasanPerubahan, String ditetapkanOleh, Instant ditetapkanPada) {
    static BarisPegawai of(Anggota a) {
      Skp s = a.skp();
      EvaluasiAkhir e = a.akhir();
      return new BarisPegawai(s.getId(), s.getPegawai().getNip(), s.getPegawai().getNama(), s.getJabatan().getNama(),
          s.getJabatan().getUnit().getNama(), e.getPredikat(), e.getAlasanPerubahan(), e.getDitetapkanOleh(), e.getDitetapkanPada());
    }
  }

  public record UbahPredikatInput(
      @NotNull(message = "predikat wajib dipilih: SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG atau SANGAT_KURANG") Predikat predikat,
      @NotBlank(message = "alasan perubahan predikat wajib diisi") @Size(max = 2000, message = "alasan maksimal 2000 karakter") String alasan) {}

  /** Read by the perangkat daerah's head and the instansi's admins and auditors ({@link LingkupUnit}). */
  public Lembar lembar(long unitId, int tahun, Authentication auth) {
    UnitKerja pd = perangkatDaerah(unitId);
    if (!lingkup.untuk(auth, pd.getInstansi(), null).contains(pd.getId())) {
      throw new ForbiddenException("Anda tidak berhak melihat kalibrasi " + pd.getNama() + "; hanya perangkat daerah yang Anda pimpin.");
    }
    List<Anggota> anggota = distribusi.anggota(pd, tahun);
    Pegawai kepala = organization.kepala(pd).stream().findFirst().orElse(null);
    return new Lembar(distribusi.view(pd, tahun, anggota), instansiService.kalender(pd.getInstansi(), tahun).isKurvaMengikat(),
        kepala == null ? null : kepala.getNip(), kepala == null ? null : kepala.getNama(), tugas(pd, tahun) != null,
        anggota.stream().map(BarisPegawai::of).toList());
  }

  /** Only the head holding the open calibration task; Envers keeps the old predicate and the new, with who and when. */
  public BarisPegawai ubahPredikat(long unitId, int tahun, long skpId, String pelaku, UbahPredikatInput input) {
    UnitKerja pd = perangkatDaerah(unitId);
    tugasUntuk(pd, tahun, pelaku);
    planning.kunci(skpId);
    Anggota a = distribusi.anggota(pd, tahun).stream().filter(x -> x.skp().getId() == skpId).findFirst()
        .orElseThrow(() -> new NotFoundException("SKP " + skpId + " tidak termasuk kalibrasi " + pd.getNama() + " tahun " + tahun + "."));
    EvaluasiAkhir akhir = a.akhir();
    String siapa = a.skp().getPegawai().getNama() + " (" + a.skp().getPegawai().getNip() + ")";
    if (akhir.getPredikat() == null) throw new ConflictException("Penilaian akhir " + siapa + " tidak diberikan sampai batasnya; tidak ada predikat untuk diubah.");
    if (akhir.isFinal()) throw new ConflictException("Predikat " + siapa + " sudah final.");
    if (akhir.getPredikat() == input.predikat()) {
      throw new InvalidInputException("predikat", "predikat " + siapa + " sudah " + KurvaDistribusi.nama(input.predikat()) + "; pilih predikat lain");
    }
    akhir.ubahPredikat(input.predikat(), input.alasan().strip());
    return BarisPegawai.of(a);
  }

  /**
   * The head confirms. Where the curve binds, refused (409) while the distribution is outside it, naming each predicate and its
   * numbers; where it does not, the deviation is recorded. The task completes; the process then makes the predicates final.
   */
  public DistribusiService.KalibrasiView konfirmasi(long unitId, int tahun, String pelaku) {
    UnitKerja pd = perangkatDaerah(unitId);
    Task task = tugasUntuk(pd, tahun, pelaku);
    PenetapanPredikatOrganisasi organisasi = predikatOrganisasi.findByUnitIdAndTahun(pd.getId(), tahun)
        .orElseThrow(() -> new ConflictException("Predikat kinerja organisasi " + pd.getNama() + " tahun " + tahun + " belum ditetapkan."));
    Kalender kalender = instansiService.kalender(pd.getInstansi(), tahun);
    List<Anggota> anggota = distribusi.anggota(pd, tahun);
    anggota.forEach(a -> planning.kunci(a.skp().getId())); // no predicate changes meanwhile
    List<String> pelanggaran = KurvaDistribusi.pelanggaran(kurva.untuk(organisasi.getPredikat()), DistribusiService.jumlah(anggota));
    if (!pelanggaran.isEmpty() && kalender.isKurvaMengikat()) {
      throw new ConflictException("Sebaran predikat " + pd.getNama() + " " + tahun + " belum sesuai kurva distribusi untuk predikat organisasi "
          + KurvaDistribusi.nama(organisasi.getPredikat())
          + ": " + String.join("; ", pelanggaran) + ". Ubah predikat yang perlu dengan alasannya, lalu konfirmasi lagi.");
    }
    KalibrasiPredikat k = repository.save(new KalibrasiPredikat(pd, tahun, organisasi.getPredikat(), kalender.isKurvaMengikat(),
        pelanggaran.isEmpty() ? null : String.join("; ", pelanggaran), pelaku, jam.instant()));
    openTasks.complete(task, Map.of());
    return DistribusiService.KalibrasiView.of(k);
  }

  /** ServiceTask_FinalizePredicates: every rated predicate of the perangkat daerah is final, and each waiting cycle is told. */
  public void tetapkanFinal(long unitId, int tahun) {
    UnitKerja pd = perangkatDaerah(unitId);
    KalibrasiPredikat k = repository.findByUnitIdAndTahun(unitId, tahun)
        .orElseThrow(() -> new IllegalStateException("kalibrasi " + pd.getNama() + " " + tahun + " belum dikonfirmasi"));
    for (Anggota a : distribusi.anggota(pd, tahun)) {
      planning.kunci(a.skp().getId());
      if (a.akhir().getPredikat() == null || a.akhir().isFinal()) continue;
      a.akhir().tetapkanFinal(k.getDikonfirmasiOleh(), k.getDikonfirmasiPada());
      String siklus = a.skp().getProcessInstanceId();
      // A cycle not yet waiting finds the predicate final when it arrives (kalibrasiPredikat.menunggu).
      if (siklus != null && runtimeService.createExecutionQuery().processInstanceId(siklus)
          .messageEventSubscriptionName(SkpAnnualCycleProcess.MESSAGE_FINAL_PREDICATE_SET).count() > 0) {
        runtimeService.createMessageCorrelation(SkpAnnualCycleProcess.MESSAGE_FINAL_PREDICATE_SET).processInstanceId(siklus).correlate();
      }
    }
  }

  /**
   * The annual cycle's question after the evaluations: does a perangkat daerah calibrate this SKP's predicate and has it not yet
   * made it final? Only a calendar with the organisation's report deadlines runs organization-performance, which calls the
   * calibration; a calendar attached before them makes the predicate final at once. Takes the SKP's row lock, so it and
   * {@link #tetapkanFinal} see each other's work.
   */
  @Transactional
  public boolean menunggu(long skpId) {
    Skp skp = planning.kunci(skpId);
    EvaluasiAkhir akhir = evaluation.akhir(skpId);
    return !skp.getKalender().getCapaianOrganisasi().isEmpty() && distribusi.perangkatDaerah(skp) != null
        && akhir.getPredikat() != null && !akhir.isFinal();
  }

  /** ServiceTask_MakePredicateFinal: no calibration, the rated predicate is final by its appraiser, now. */
  public void tetapkanFinalLangsung(long skpId) {
    Skp skp = planning.kunci(skpId);
    EvaluasiAkhir akhir = evaluation.akhir(skpId);
    if (akhir.getPredikat() == null || akhir.isFinal()) return;
    akhir.tetapkanFinal(skp.getPenilai() == null ? null : skp.getPenilai().getNip(), jam.instant());
  }

  /** The head of the perangkat daerah, the calibration task's assignee (null when nobody heads it). */
  @Transactional(readOnly = true)
  public String kepala(long unitId) { return organization.kepala(perangkatDaerah(unitId)).stream().findFirst().map(Pegawai::getNip).orElse(null); }

  @Transactional(readOnly = true)
  public UnitKerja perangkatDaerah(long unitId) {
    UnitKerja unit = organization.unit(unitId);
    if (unit != delegasi.perangkatDaerahDari(unit)) throw new NotFoundException(unit.getNama() + " bukan perangkat daerah.");
    return unit;
  }

  private Task tugasUntuk(UnitKerja pd, int tahun, String pelaku) {
    Task task = tugas(pd, tahun);
    if (task == null) {
      throw new ConflictException(repository.findByUnitIdAndTahun(pd.getId(), tahun)
          .map(k -> "Kalibrasi predikat " + pd.getNama() + " " + tahun + " sudah dikonfirmasi oleh " + k.getDikonfirmasiOleh() + ".")
          .orElse("Kalibrasi predikat " + pd.getNama() + " " + tahun + " belum dibuka: dimulai setelah predikat organisasi ditetapkan"
              + " dan batas penilaian akhir lewat."));
    }
    if (!pelaku.equals(task.getAssignee())) {
      throw new ForbiddenException("Hanya Kepala " + pd.getNama() + (task.getAssignee() == null ? "" : " (" + task.getAssignee() + ")")
          + " yang dapat mengkalibrasi predikat perangkat daerah ini.");
    }
    return task;
  }

  /** The open calibration task of the perangkat daerah and year, or null. */
  private Task tugas(UnitKerja pd, int tahun) {
    return taskService.createTaskQuery().processDefinitionKey(PredicateCalibrationProcess.PROCESS_ID)
        .taskDefinitionKey(PredicateCalibrationProcess.TASK_CALIBRATE).list().stream()
        .filter(t -> ((Number) taskService.getVariable(t.getId(), PredicateCalibrationProcess.UNIT_ID)).longValue() == pd.getId()
            && ((Number) taskService.getVariable(t.getId(), Variables.TAHUN)).intValue() == tahun)
        .findFirst().orElse(null);
  }
}
