package id.kinerjaflow.cycle;

import static id.kinerjaflow.process.Variables.*;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import id.kinerjaflow.predicate.SaluranPenilaian;
import id.kinerjaflow.process.Pengingat;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.security.Grup;
import id.kinerjaflow.web.ConflictException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the annual SKP cycle: one SKP and one skp-annual-cycle instance per employee and year. Employees whom
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
  private final Pengingat pengingat;
  private final TransactionTemplate transaksiSendiri;

  CycleService(OrganizationService organization, InstansiService instansi, AppraiserResolver appraiserResolver,
      SaluranPenilaian saluranPenilaian, PlanningService planning, EvaluationService evaluation, RuntimeService runtimeService,
      Pengingat pengingat, PlatformTransactionManager transactionManager) {
    this.organization = organization;
    this.instansi = instansi;
    this.appraiserResolver = appraiserResolver;
    this.saluranPenilaian = saluranPenilaian;
    this.planning = planning;
    this.evaluation = evaluation;
    this.runtimeService = runtimeService;
    this.pengingat = pengingat;
    this.transaksiSendiri = new TransactionTemplate(transactionManager);
    this.transaksiSendiri.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
  }

  /** {@code menungguPenilai}: no appraiser was found; the cycle waits for BKPSDM to determine one (Task_DetermineAppraiser). */
  public record Siklus(Long skpId, String nip, int tahun, String processInstanceId, boolean baru, boolean menungguPenilai) {}

  public record Gagal(String nip, String nama, String alasan) {}

  /** An employee appraised in PMM (Platform Merdeka Mengajar): no SKP cycle. */
  public record PesertaPmm(String nip, String nama, String keterangan) {}

  /** A cycle started without an appraiser, and why none was found. */
  public record MenungguPenilai(Long skpId, String nip, String nama, String alasan) {}

  public record HasilMassal(List<Siklus> dimulai, List<Siklus> sudahAda, List<PesertaPmm> pmm, List<MenungguPenilai> menungguPenilai,
      List<Gagal> gagal) {}

  /**
   * Idempotent: an employee who already has an SKP for the year keeps it, and no second cycle starts. A PMM
   * participant is refused (409). When no appraiser can be found, the SKP starts without one and the cycle waits
   * for BKPSDM (Gateway_AppraiserKnown), with the reason in {@code alasanTanpaPenilai}.
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
    var ada = planning.cari(pegawai, tahun);
    if (ada.isPresent()) return siklus(ada.get(), false);

    AppraiserResolver.Hasil penilai = null;
    String tanpaPenilai = null;
    try {
      penilai = appraiserResolver.resolve(pegawai, tahun);
    } catch (PenilaiTidakDitemukan e) {
      tanpaPenilai = e.getMessage();
    }
    Skp skp = planning.buat(pegawai, penilai, kalender);
    Date batasRencana = kalender.tenggat(kalender.getBatasRencana()).terkunciPada();
    Map<String, Object> variables = new HashMap<>();
    variables.put(SKP_ID, skp.getId());
    variables.put(NIP, pegawai.getNip());
    variables.put(NAMA, pegawai.getNama());
    variables.put(PENILAI_NIP, penilai == null ? null : penilai.penilai().getNip());
    variables.put(PENILAI_NAMA, penilai == null ? null : penilai.penilai().getNama());
    variables.put(ALASAN_TANPA_PENILAI, tanpaPenilai);
    variables.put(TAHUN, tahun);
    variables.put(KALENDER_ID, kalender.getId());
    variables.put(ZONA_WAKTU, pegawai.getInstansi().zona().getId());
    variables.put(VERIFIKASI_TARGET, kalender.isVerifikasiTarget());
    variables.put(GRUP_VERIFIKATOR, Grup.adminInstansi(pegawai.getInstansi().getKode()));
    variables.put(PERIODE_IDS, new ArrayList<>(evaluation.siapkan(skp)));
    variables.put(BATAS_RENCANA, batasRencana);
    variables.put(PENGINGAT_RENCANA, pengingat.sebelum(batasRencana));
    skp.setProcessInstanceId(runtimeService
        .startProcessInstanceByKey(SkpAnnualCycleProcess.PROCESS_ID, skp.businessKey(), variables).getId());
    return siklus(skp, true);
  }

  /**
   * Starts the cycle for every active ASN of the instansi, each in its own transaction; PMM participants, and new
   * cycles that wait for their appraiser, are listed apart.
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
        if (!s.baru()) {
          hasil.sudahAda().add(s);
        } else if (s.menungguPenilai()) {
          hasil.menungguPenilai().add(new MenungguPenilai(s.skpId(), p.getNip(), p.getNama(),
              (String) runtimeService.getVariable(s.processInstanceId(), ALASAN_TANPA_PENILAI)));
        } else {
          hasil.dimulai().add(s);
        }
      } catch (RuntimeException e) {
        hasil.gagal().add(new Gagal(p.getNip(), p.getNama(), e.getMessage()));
      }
    }
    return hasil;
  }

  private static Siklus siklus(Skp skp, boolean baru) {
    return new Siklus(skp.getId(), skp.getPegawai().getNip(), skp.getTahun(), skp.getProcessInstanceId(), baru,
        skp.getPenilai() == null);
  }
}
