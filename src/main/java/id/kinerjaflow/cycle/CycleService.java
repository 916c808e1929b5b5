package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.*;

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
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ConflictException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate transaksiSendiri;

  CycleService(OrganizationService organization, InstansiService instansi, PlanningService planning, RuntimeService runtimeService,
      HistoryService historyService, PlatformTransactionManager transactionManager) {
    this.organization = organization;
    this.instansi = instansi;
    this.planning = planning;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.transaksiSendiri = new TransactionTemplate(transactionManager);
    this.transaksiSendiri.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
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

  public record Gagal(String nip, String nama, String alasan) {}

  /** An employee appraised in PMM (Platform Merdeka Mengajar): no SKP cycle. */
  public record PesertaPmm(String nip, String nama, String keterangan) {}

  /** A cycle started without an appraiser, and why none was found. */
  public record MenungguPenilai(Long skpId, String nip, String nama, String alasan) {}

  public record HasilMassal(List<Siklus> dimulai, List<Siklus> sudahAda, List<PesertaPmm> pmm, List<MenungguPenilai> menungguPenilai,
      List<Gagal> gagal) {}

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
    Kalender kalender = instansi.kalender(pegawai.getInstansi(), tahun);
    Siklus definitif = planning.cari(pegawai, tahun, Kedudukan.DEFINITIF).map(skp -> siklus(skp, false))
        .orElseGet(() -> mulai(pegawai, pegawai.getJabatan(), Kedudukan.DEFINITIF, kalender));
    Siklus plt = planning.cari(pegawai, tahun, Kedudukan.PLT).map(skp -> siklus(skp, false))
        .orElseGet(() -> organization.jabatanPlt(pegawai).map(jabatan -> mulaiPlt(pegawai, jabatan, kalender)).orElse(null));
    return definitif.denganPlt(plt);
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
    try {
      return mulai(pegawai, jabatan, Kedudukan.PLT, kalender);
    } catch (DinilaiMelaluiPmm e) {
      return null;
    }
  }

  /**
   * Runs the position's cycle to its first wait state: the SKP it created, or {@link DinilaiMelaluiPmm} when it ended in
   * EndEvent_AppraisedInPmm (thrown, so the caller's transaction writes nothing of it).
   */
  private Siklus mulai(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan, Kalender kalender) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(NIP, pegawai.getNip());
    variables.put(NAMA, Skp.namaPemegang(pegawai, jabatan, kedudukan));
    variables.put(TAHUN, kalender.getTahun());
    variables.put(KEDUDUKAN, kedudukan.name());
    variables.put(KELAS_JABATAN, jabatan.getKelas().name());
    variables.put(JENIS_UNIT, jabatan.getUnit().getJenis().name());
    variables.put(KALENDER_ID, kalender.getId());
    variables.put(ZONA_WAKTU, pegawai.getInstansi().zona().getId());
    variables.put(VERIFIKASI_TARGET, kalender.isVerifikasiTarget());
    variables.put(INSTANSI, pegawai.getInstansi().getKode());
    variables.put(GRUP_VERIFIKATOR, Grup.adminInstansi(pegawai.getInstansi().getKode()));
    ProcessInstanceWithVariables proses = runtimeService.createProcessInstanceByKey(SkpAnnualCycleProcess.PROCESS_ID)
        .businessKey(Skp.businessKey(pegawai.getNip(), kalender.getTahun(), kedudukan)).setVariables(variables)
        .executeWithVariablesInReturn();
    return planning.cari(pegawai, kalender.getTahun(), kedudukan).map(skp -> siklus(skp, true))
        .orElseThrow(() -> new DinilaiMelaluiPmm(pegawai, (String) proses.getVariables().get(KETERANGAN_SALURAN)));
  }

  /** assessment-channel sent the employee to PMM: 409, naming the rule's group and where the predicate comes from. */
  static class DinilaiMelaluiPmm extends ConflictException {
    final String keterangan;

    DinilaiMelaluiPmm(Pegawai pegawai, String keterangan) {
      super(pegawai.getNama() + " (" + pegawai.getNip() + ") dinilai melalui PMM (Platform Merdeka Mengajar), bukan SKP: " + keterangan
          + " (aturan " + SaluranPenilaian.DECISION + "). Siklus SKP tidak dimulai; impor predikat akhirnya lewat POST /api/instansi/"
          + pegawai.getInstansi().getKode() + "/impor/predikat-pmm.");
      this.keterangan = keterangan;
    }
  }

  /**
   * Starts the cycle for every active ASN of the instansi, each in its own transaction; each cycle is listed on its
   * own (an acting official's two as well). PMM participants (their start wrote nothing), and new cycles that wait for
   * their appraiser, are listed apart.
   */
  public HasilMassal mulaiInstansi(String instansiKode, int tahun) {
    var target = instansi.get(instansiKode);
    instansi.kalender(target, tahun);
    HasilMassal hasil = new HasilMassal(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Pegawai p : organization.asnAktif(target)) {
      try {
        Siklus s = transaksiSendiri.execute(tx -> mulai(p.getNip(), tahun));
        for (Siklus satu : s.masingMasing()) {
          if (!satu.baru()) {
            hasil.sudahAda().add(satu);
          } else if (satu.menungguPenilai()) {
            hasil.menungguPenilai().add(new MenungguPenilai(satu.skpId(), p.getNip(), p.getNama(),
                (String) runtimeService.getVariable(satu.processInstanceId(), ALASAN_TANPA_PENILAI)));
          } else {
            hasil.dimulai().add(satu);
          }
        }
      } catch (DinilaiMelaluiPmm e) {
        hasil.pmm().add(new PesertaPmm(p.getNip(), p.getNama(), e.keterangan));
      } catch (RuntimeException e) {
        hasil.gagal().add(new Gagal(p.getNip(), p.getNama(), e.getMessage()));
      }
    }
    return hasil;
  }

  private static Siklus siklus(Skp skp, boolean baru) {
    return new Siklus(skp.getId(), skp.getPegawai().getNip(), skp.getTahun(), skp.getKedudukan(), skp.getJabatan().getNama(),
        skp.getProcessInstanceId(), baru, skp.getPenilai() == null, null);
  }
}
