package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.*;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
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
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the annual SKP cycle: one SKP and one skp-annual-cycle instance per employee, year and position (an acting
 * official's second one for the position they act in). Employees whom
 * assessment-channel.dmn sends to PMM get none; their final predicates are imported.
 */
@Service
public class CycleService {
  private final OrganizationService organization;
  private final InstansiService instansi;
  private final AppraiserResolver appraiserResolver;
  private final SaluranPenilaian saluranPenilaian;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaksiSendiri;

  CycleService(OrganizationService organization, InstansiService instansi, AppraiserResolver appraiserResolver,
      SaluranPenilaian saluranPenilaian, PlanningService planning, EvaluationService evaluation, RuntimeService runtimeService,
      PlatformTransactionManager transactionManager) {
    this.organization = organization;
    this.instansi = instansi;
    this.appraiserResolver = appraiserResolver;
    this.saluranPenilaian = saluranPenilaian;
    this.planning = planning;
    this.evaluation = evaluation;
    this.runtimeService = runtimeService;
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
   * started it is kept (and listed) even after the assignment ended. All or nothing. A PMM participant is refused (409).
   * When no appraiser can be found for a position, its SKP starts without one and the cycle waits for BKPSDM
   * (Gateway_AppraiserKnown), with the reason in {@code alasanTanpaPenilai}.
   */
  @Transactional
  public Siklus mulai(String nip, int tahun) {
    Pegawai pegawai = organization.pegawai(nip);
    SaluranPenilaian.Saluran saluran = saluranPenilaian.untuk(pegawai);
    if (saluran.pmm()) {
      throw new ConflictException(pegawai.getNama() + " (" + nip + ") dinilai melalui PMM (Platform Merdeka Mengajar), bukan SKP: "
          + saluran.keterangan() + " (aturan " + SaluranPenilaian.DECISION + "). Siklus SKP tidak dimulai; impor predikat akhirnya "
          + "lewat POST /api/instansi/" + pegawai.getInstansi().getKode() + "/impor/predikat-pmm.");
    }
    Kalender kalender = instansi.kalender(pegawai.getInstansi(), tahun);
    Siklus definitif = planning.cari(pegawai, tahun, Kedudukan.DEFINITIF).map(skp -> siklus(skp, false))
        .orElseGet(() -> mulai(pegawai, pegawai.getJabatan(), Kedudukan.DEFINITIF, kalender));
    Siklus plt = planning.cari(pegawai, tahun, Kedudukan.PLT).map(skp -> siklus(skp, false))
        .or(() -> organization.jabatanPlt(pegawai).map(jabatan -> mulai(pegawai, jabatan, Kedudukan.PLT, kalender))).orElse(null);
    return definitif.denganPlt(plt);
  }

  /** A new SKP for the position, appraised as the position's holder, and its annual cycle. */
  private Siklus mulai(Pegawai pegawai, Jabatan jabatan, Kedudukan kedudukan, Kalender kalender) {
    AppraiserResolver.Hasil penilai = null;
    String tanpaPenilai = null;
    try {
      penilai = appraiserResolver.resolve(pegawai, jabatan, kalender.getTahun());
    } catch (PenilaiTidakDitemukan e) {
      tanpaPenilai = e.getMessage();
    }
    Skp skp = planning.buat(pegawai, jabatan, kedudukan, penilai, kalender);
    Map<String, Object> variables = new HashMap<>();
    variables.put(SKP_ID, skp.getId());
    variables.put(NIP, pegawai.getNip());
    variables.put(NAMA, skp.namaPemegang());
    variables.put(PENILAI_NIP, penilai == null ? null : penilai.penilai().getNip());
    variables.put(PENILAI_NAMA, penilai == null ? null : penilai.penilai().getNama());
    variables.put(ALASAN_TANPA_PENILAI, tanpaPenilai);
    variables.put(TAHUN, kalender.getTahun());
    variables.put(KALENDER_ID, kalender.getId());
    variables.put(ZONA_WAKTU, pegawai.getInstansi().zona().getId());
    variables.put(VERIFIKASI_TARGET, kalender.isVerifikasiTarget());
    variables.put(INSTANSI, pegawai.getInstansi().getKode());
    variables.put(GRUP_VERIFIKATOR, Grup.adminInstansi(pegawai.getInstansi().getKode()));
    variables.put(PERIODE_IDS, new ArrayList<>(evaluation.siapkan(skp)));
    skp.setProcessInstanceId(runtimeService
        .startProcessInstanceByKey(SkpAnnualCycleProcess.PROCESS_ID, skp.businessKey(), variables).getId());
    return siklus(skp, true);
  }

  /**
   * Starts the cycle for every active ASN of the instansi, each in its own transaction; each cycle is listed on its
   * own (an acting official's two as well). PMM participants, and new cycles that wait for their appraiser, are listed apart.
   */
  public HasilMassal mulaiInstansi(String instansiKode, int tahun) {
    var target = instansi.get(instansiKode);
    instansi.kalender(target, tahun);
    HasilMassal hasil = new HasilMassal(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Pegawai p : organization.asnAktif(target)) {
      SaluranPenilaian.Saluran saluran = saluranPenilaian.untuk(p);
      if (saluran.pmm()) {
        hasil.pmm().add(new PesertaPmm(p.getNip(), p.getNama(), saluran.keterangan()));
        continue;
      }
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
