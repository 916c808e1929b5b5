package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.*;
import static org.camunda.bpm.engine.variable.Variables.createVariables;
import static org.camunda.bpm.engine.variable.Variables.stringValue;

import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.predicate.SaluranPenilaian;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.web.ConflictException;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts the annual SKP cycle: one skp-annual-cycle instance per employee, year and position (an acting official's
 * second one for the position they act in). The process decides: assessment-channel.dmn sends PMM participants to an
 * end without an SKP (their final predicates are imported); for the others it creates the SKP and finds its appraiser.
 */
@Service
public class CycleService {
  private final OrganizationService organization;
  private final InstansiService instansi;
  private final PlanningService planning;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;

  CycleService(OrganizationService organization, InstansiService instansi, PlanningService planning, RuntimeService runtimeService,
      HistoryService historyService) {
    this.organization = organization;
    this.instansi = instansi;
    this.planning = planning;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
  }

  /**
   * One SKP and its cycle. {@code kedudukan}: for the employee's own position, or for the head position they act in;
   * {@code menungguPenilai}: no appraiser was found, the cycle waits for BKPSDM to determine one (Task_DetermineAppraiser);
   * {@code plt}: in the answer for one employee, the cycle of that acting position, if any.
   */
  public record Siklus(Long skpId, String nip, int tahun, Kedudukan kedudukan, String jabatan, String processInstanceId,
      boolean baru, boolean menungguPenilai, Siklus plt) {
    Siklus denganPlt(Siklus plt) {
      return new Siklus(skpId, nip, tahun, kedudukan, jabatan, processInstanceId, baru, menungguPenilai, plt);
    }

    /** Each cycle on its own, for the instansi-wide lists. */
    List<Siklus> masingMasing() { return plt == null ? List.of(this) : List.of(denganPlt(null), plt); }

    public boolean adaYangBaru() { return baru || plt != null && plt.baru; }
  }

  /** An employee appraised in PMM (Platform Merdeka Mengajar): no SKP cycle. */
  public record PesertaPmm(String nip, String nama, String keterangan) {}

  /** A cycle started without an appraiser, and why none was found. */
  public record MenungguPenilai(Long skpId, String nip, String nama, String alasan) {}

  /** What a launch over an instansi did, each cycle on its own (see PeluncuranSiklus); failures are its jobs'. */
  public record HasilMassal(List<Siklus> dimulai, List<Siklus> sudahAda, List<PesertaPmm> pmm, List<MenungguPenilai> menungguPenilai) {}

  /** The employee's cycles, or (null then) why assessment-channel sent them to PMM. */
  public record Awal(Siklus siklus, String pmm) {}

  /**
   * Idempotent: an employee who already has an SKP for the year keeps it, and no second cycle starts. An acting
   * official (Plt/Plh) gets a second SKP and cycle for the head position they act in, with its own appraiser; once
   * started it is kept (and listed) even after the assignment ended. All or nothing. A PMM participant is refused (409)
   * and nothing is written. When no appraiser can be found for a position, its SKP starts without one and the cycle
   * waits for BKPSDM (Gateway_AppraiserKnown), with the reason in {@code alasanTanpaPenilai}.
   */
  @Transactional
  public Siklus mulai(String nip, int tahun) {
    Pegawai pegawai = organization.pegawai(nip);
    Awal awal = awal(pegawai, tahun);
    if (awal.pmm() != null) throw new DinilaiMelaluiPmm(pegawai, awal.pmm());
    return awal.siklus();
  }

  /**
   * As {@link #mulai}, for one employee of a launch (in its job's transaction): a PMM participant is answered, not
   * refused, and the instance that ended in EndEvent_AppraisedInPmm is kept, the record of the channel's decision.
   */
  @Transactional
  public Awal mulaiAtauPmm(String nip, int tahun) {
    return awal(organization.pegawai(nip), tahun);
  }

  private Awal awal(Pegawai pegawai, int tahun) {
    Kalender kalender = instansi.kalender(pegawai.getInstansi(), tahun);
    Awal definitif = planning.cari(pegawai, tahun, Kedudukan.DEFINITIF).map(skp -> new Awal(siklus(skp, false), null))
        .orElseGet(() -> mulai(pegawai, pegawai.getJabatan(), Kedudukan.DEFINITIF, kalender));
    if (definitif.pmm() != null) return definitif;
    Siklus plt = planning.cari(pegawai, tahun, Kedudukan.PLT).map(skp -> siklus(skp, false))
        .orElseGet(() -> organization.jabatanPlt(pegawai).map(jabatan -> mulaiPlt(pegawai, jabatan, kalender)).orElse(null));
    return new Awal(definitif.siklus().denganPlt(plt), null);
  }

  /**
   * The acting position's cycle; none when assessment-channel sends that position to PMM (an acting principal). That
   * ended instance is kept with the definitive cycle, so a later start finds it and does not start another.
   */
  private Siklus mulaiPlt(Pegawai pegawai, Jabatan jabatan, Kalender kalender) {
    if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SkpAnnualCycleProcess.PROCESS_ID)
        .processInstanceBusinessKey(Skp.businessKey(pegawai.getNip(), kalender.getTahun(), Kedudukan.PLT)).count() > 0) {
      return null;
    }
    return mulai(pegawai, jabatan, Kedudukan.PLT, kalender).siklus();
  }

  /** Runs the position's cycle to its first wait state: the SKP it created, or why it ended in EndEvent_AppraisedInPmm. */
  private Awal mulai(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan, Kalender kalender) {
    VariableMap variables = createVariables()
        .putValue(NIP, pegawai.getNip())
        .putValue(NAMA, Skp.namaPemegang(pegawai, jabatan, kedudukan))
        .putValue(TAHUN, kalender.getTahun())
        .putValue(KALENDER_ID, kalender.getId())
        .putValue(ZONA_WAKTU, pegawai.getInstansi().zona().getId())
        .putValue(VERIFIKASI_TARGET, kalender.isVerifikasiTarget())
        .putValue(INSTANSI, pegawai.getInstansi().getKode())
        // Read before the first wait state only (assessment-channel, ServiceTask_CreateSkp): transient, so not in history.
        // The decision's history keeps its inputs, the SKP its position.
        .putValueTyped(KEDUDUKAN, stringValue(kedudukan.name(), true))
        .putValueTyped(KELAS_JABATAN, stringValue(jabatan.getKelas().name(), true))
        .putValueTyped(JENIS_UNIT, stringValue(jabatan.getUnit().getJenis().name(), true));
    ProcessInstanceWithVariables proses = runtimeService.createProcessInstanceByKey(SkpAnnualCycleProcess.PROCESS_ID)
        .businessKey(Skp.businessKey(pegawai.getNip(), kalender.getTahun(), kedudukan)).setVariables(variables)
        .executeWithVariablesInReturn();
    return planning.cari(pegawai, kalender.getTahun(), kedudukan).map(skp -> new Awal(siklus(skp, true), null))
        .orElseGet(() -> new Awal(null, (String) proses.getVariables().get(KETERANGAN_SALURAN)));
  }

  /** assessment-channel sent the employee to PMM: 409 (nothing written), naming the rule's group and where the predicate comes from. */
  static class DinilaiMelaluiPmm extends ConflictException {
    DinilaiMelaluiPmm(Pegawai pegawai, String keterangan) {
      super(pegawai.getNama() + " (" + pegawai.getNip() + ") dinilai melalui PMM (Platform Merdeka Mengajar), bukan SKP: " + keterangan
          + " (aturan " + SaluranPenilaian.DECISION + "). Siklus SKP tidak dimulai; impor predikat akhirnya lewat POST /api/instansi/"
          + pegawai.getInstansi().getKode() + "/impor/predikat-pmm.");
    }
  }

  private static Siklus siklus(Skp skp, boolean baru) {
    return new Siklus(skp.getId(), skp.getPegawai().getNip(), skp.getTahun(), skp.getKedudukan(), skp.getJabatan().getNama(),
        skp.getProcessInstanceId(), baru, skp.getPenilai() == null, null);
  }
}
