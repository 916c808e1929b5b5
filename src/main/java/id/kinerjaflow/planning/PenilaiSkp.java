package id.kinerjaflow.planning;

import id.kinerjaflow.organization.Pegawai;
import org.springframework.stereotype.Component;

/**
 * Who appraises an SKP, as the SKP records it: the review and rating tasks are assigned with
 * {@code ${penilaiSkp.nip(skpId)}}, so a changed process variable does not change who appraises.
 */
@Component("penilaiSkp")
public class PenilaiSkp {
  private final SkpRepository skpRepository;

  PenilaiSkp(SkpRepository skpRepository) { this.skpRepository = skpRepository; }

  public String nip(long skpId) {
    return skpRepository.findById(skpId).map(Skp::getPenilai).map(Pegawai::getNip).orElse(null);
  }
}
