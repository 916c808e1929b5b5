package id.kinerjaflow.capaian;

import id.kinerjaflow.organization.Jabatan;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * SE MenPANRB 3/2023: the Rating Hasil Kerja of a unit's head in the final evaluation follows the unit's own predicate, by
 * {@code organization-rating.dmn}. Applies to a head position of a unit whose predicate for the year is set.
 */
@Component
@Transactional(readOnly = true)
public class RatingPimpinan {
  public static final String DECISION = "organization-rating";

  /** The rule for one head: the unit, its predicate and the Rating Hasil Kerja it gives. */
  public record Aturan(String unitNama, PredikatOrganisasi predikat, String ratingHasilKerja) {
    public String pesan(int tahun) {
      return "Rating Hasil Kerja pimpinan " + unitNama + " mengikuti predikat organisasinya tahun " + tahun + " (" + predikat
          + "): " + ratingHasilKerja + " (SE MenPANRB 3/2023, organization-rating).";
    }
  }

  private final PenetapanPredikatOrganisasiRepository predikatRepository;
  private final DecisionService decisionService;

  RatingPimpinan(PenetapanPredikatOrganisasiRepository predikatRepository, DecisionService decisionService) {
    this.predikatRepository = predikatRepository;
    this.decisionService = decisionService;
  }

  /** The rule for an SKP's position (the holder's own, or the head position acted in); none for a non-head or no predicate yet. */
  public Optional<Aturan> untuk(Jabatan jabatan, int tahun) {
    if (!jabatan.isKepalaUnit()) return Optional.empty();
    return predikatRepository.findByUnitIdAndTahun(jabatan.getUnit().getId(), tahun).filter(p -> p.getPredikat() != null)
        .map(p -> new Aturan(jabatan.getUnit().getNama(), p.getPredikat(), ratingHasilKerja(p.getPredikat())));
  }

  /** The decision's answer for a predicate (the table is UNIQUE; no rule: no rating). */
  public String ratingHasilKerja(PredikatOrganisasi predikat) {
    var hasil = decisionService.evaluateDecisionByKey(DECISION).variables(Map.of("predikatOrganisasi", predikat.name()))
        .evaluate().getSingleResult();
    Object rating = hasil == null ? null : hasil.getSingleEntry();
    if (rating == null) throw new IllegalStateException(DECISION + " tidak menghasilkan rating untuk predikat " + predikat);
    return (String) rating;
  }
}
