package id.kinerjaflow.planning;

import id.kinerjaflow.organization.Pegawai;
import org.springframework.stereotype.Component;

/**
 * Who appraises an SKP, as the SKP records it, read when a task is created: the review and rating tasks are assigned with
 * {@code ${penilaiSkp.nip(skpId)}} and name them with {@code ${penilaiSkp.nama(skpId)}}. No process variable holds the
 * appraiser, so a move of the appraiser reaches later tasks without touching running processes.
 */
@Component("penilaiSkp")
public class PenilaiSkp {
  private final SkpRepository skpRepository;

  PenilaiSkp(SkpRepository skpRepository) { this.skpRepository = skpRepository; }

  public String nip(long skpId) {
    return skpRepository.findById(skpId).map(Skp::getPenilai).map(Pegawai::getNip).orElse(null);
  }

  public String nama(long skpId) {
    return skpRepository.findById(skpId).map(Skp::getPenilai).map(Pegawai::getNama).orElse(null);
  }
}
