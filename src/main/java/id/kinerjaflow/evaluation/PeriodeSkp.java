package id.kinerjaflow.evaluation;

import id.kinerjaflow.planning.SkpRepository;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The periods an SKP is evaluated in, read when the periodic evaluations begin: skp-annual-cycle runs one
 * skp-periodic-evaluation per id of {@code ${periodeSkp.ids(skpId)}}. No process variable holds the list.
 */
@Component("periodeSkp")
public class PeriodeSkp {
  private final SkpRepository skpRepository;
  private final EvaluasiPeriodikRepository periodikRepository;

  PeriodeSkp(SkpRepository skpRepository, EvaluasiPeriodikRepository periodikRepository) {
    this.skpRepository = skpRepository;
    this.periodikRepository = periodikRepository;
  }

  /** The SKP's periodic evaluations, in the calendar's order. */
  public List<Long> ids(long skpId) {
    return periodikRepository.findBySkp(skpRepository.getReferenceById(skpId)).stream().map(EvaluasiPeriodik::getId).toList();
  }
}
