package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.KalenderCapaianRepository;
import id.kinerjaflow.organization.OrganizationService;
import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.organization.UnitKerja;
import id.kinerjaflow.security.Grup;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who does the work of {@code organization-performance}, as the model's expressions read it ({@code kinerjaOrganisasi}),
 * from the organisation when a task is made: the Kepala Perangkat Daerah (definitive, else the Plt/Plh) reports and sets the
 * predicate of each unit under it; the person the instansi set on the Bupati's behalf, else the Bupati, sets the perangkat
 * daerah's predicate.
 */
@Component("kinerjaOrganisasi")
@Transactional(readOnly = true)
public class PenugasanKinerjaOrganisasi {
  private final OrganizationService organization;
  private final PenetapAtasNamaBupatiRepository penetapRepository;
  private final KalenderCapaianRepository capaianRepository;

  PenugasanKinerjaOrganisasi(OrganizationService organization, PenetapAtasNamaBupatiRepository penetapRepository,
      KalenderCapaianRepository capaianRepository) {
    this.organization = organization;
    this.penetapRepository = penetapRepository;
    this.capaianRepository = capaianRepository;
  }

  /** The Kepala Perangkat Daerah's NIP; null while the head position is vacant with no Plt/Plh. */
  public String kepala(long unitId) { return kepala(organization.unit(unitId)).map(Pegawai::getNip).orElse(null); }

  /** With no head to give the task to, the instansi's BKPSDM admins see it, to fix the organisation. */
  public List<String> tanpaKepala(long unitId, String instansi) {
    return kepala(unitId) == null ? List.of(Grup.adminInstansi(instansi)) : List.of();
  }

  public boolean adaPenetapPredikat(long unitId) { return penetap(organization.unit(unitId)).isPresent(); }

  public String penetapPredikat(long unitId) { return penetap(organization.unit(unitId)).map(Pegawai::getNip).orElse(null); }

  /** The units directly under the perangkat daerah: their predicates are its Kepala's to set. */
  public List<Long> subUnit(long unitId) { return organization.subUnit(organization.unit(unitId)).stream().map(UnitKerja::getId).toList(); }

  public String namaUnit(long unitId) { return organization.unit(unitId).getNama(); }

  /** "Triwulan I 2024", "Tahunan 2024". */
  public String namaCapaian(long kalenderCapaianId) { return capaianRepository.findById(kalenderCapaianId).orElseThrow().namaLengkap(); }

  Optional<Pegawai> kepala(UnitKerja unit) { return organization.kepala(unit).stream().findFirst(); }

  /** Who sets a perangkat daerah's predicate: the one set on the Bupati's behalf, if still active, else the Bupati. */
  Optional<Pegawai> penetap(UnitKerja perangkatDaerah) {
    return atasNamaBupati(perangkatDaerah).map(PenetapAtasNamaBupati::getPegawai).filter(Pegawai::isAktif)
        .or(() -> organization.bupati(perangkatDaerah));
  }

  Optional<PenetapAtasNamaBupati> atasNamaBupati(UnitKerja unit) { return penetapRepository.findByInstansi(unit.getInstansi()); }
}
