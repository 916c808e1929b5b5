package id.kinerjaflow.predicate;

import id.kinerjaflow.organization.Pegawai;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Where an employee is appraised ({@code assessment-channel.dmn}): PMM (Platform Merdeka Mengajar), whose final
 * predicates are imported, or an SKP cycle in kinerja-flow.
 */
@Component
public class SaluranPenilaian {
  public static final String DECISION = "assessment-channel";

  private final DecisionService decisionService;

  SaluranPenilaian(DecisionService decisionService) { this.decisionService = decisionService; }

  /** {@code keterangan}: the group of employees the matching rule names. */
  public record Saluran(String saluran, String keterangan) {
    public boolean pmm() { return "PMM".equals(saluran); }
  }

  public Saluran untuk(Pegawai pegawai) {
    DmnDecisionResultEntries hasil = decisionService.evaluateDecisionByKey(DECISION)
        .variables(Map.of("kelasJabatan", pegawai.getJabatan().getKelas().name(),
            "jenisUnit", pegawai.getJabatan().getUnit().getJenis().name()))
        .evaluate().getSingleResult();
    return new Saluran(hasil.getEntry("saluran"), hasil.getEntry("keterangan"));
  }
}
