package id.kinerjaflow.cycle;

import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.InstansiService;
import id.kinerjaflow.organization.AppraiserResolver;
import id.kinerjaflow.organization.Jabatan;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.PenilaiTidakDitemukan;
import id.kinerjaflow.planning.Kedudukan;
import id.kinerjaflow.planning.PlanningService;
import id.kinerjaflow.planning.Skp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The first steps of skp-annual-cycle after assessment-channel chose SKP: the SKP row, then its appraiser. */
@Service
@Transactional
public class AwalSiklus {
  private final OrganizationService organization;
  private final InstansiService instansi;
  private final PlanningService planning;
  private final EvaluationService evaluation;
  private final AppraiserResolver appraiserResolver;

  AwalSiklus(OrganizationService organization, InstansiService instansi, PlanningService planning, EvaluationService evaluation,
      AppraiserResolver appraiserResolver) {
    this.organization = organization;
    this.instansi = instansi;
    this.planning = planning;
    this.evaluation = evaluation;
    this.appraiserResolver = appraiserResolver;
  }

  /**
   * The SKP of the cycle's position (the employee's own, or the head position they act in), run by that instance, with
   * its evaluations; answers its id. It has no appraiser yet.
   */
  public long buatSkp(String nip, int tahun, Kedudukan kedudukan, String processInstanceId) {
    Pegawai pegawai = organization.pegawai(nip);
    Jabatan jabatan = kedudukan == Kedudukan.PLT ? organization.jabatanPlt(pegawai).orElseThrow() : pegawai.getJabatan();
    Skp skp = planning.buat(pegawai, jabatan, kedudukan, null, instansi.kalender(pegawai.getInstansi(), tahun));
    skp.setProcessInstanceId(processInstanceId);
    evaluation.siapkan(skp);
    return skp.getId();
  }

  /**
   * Records on the SKP the appraiser that appraiser-mapping and the organisation name for its position, as its holder
   * is appraised, and answers null. When none is found the SKP stays without one, for BKPSDM to determine, and the
   * answer says why.
   */
  public String tentukanPenilai(long skpId) {
    Skp skp = planning.get(skpId);
    try {
      AppraiserResolver.Hasil hasil = appraiserResolver.resolve(skp.getPegawai(), skp.getJabatan(), skp.getTahun());
      planning.gantiPenilai(skp, hasil);
      return null;
    } catch (PenilaiTidakDitemukan e) {
      return e.getMessage();
    }
  }
}
