package id.kinerjaflow.tpp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** A month's performance percentage for TPP from {@code tpp-performance.dmn}; Java only gathers the facts. */
@Component
public class KinerjaTpp {
  public static final String DECISION = "tpp-performance";

  private final DecisionService decisionService;

  KinerjaTpp(DecisionService decisionService) { this.decisionService = decisionService; }

  /** The decision's inputs, named as in the table. {@code predikat} is null unless rated. */
  public record Fakta(String preset, String jenisPeriode, boolean skpDitetapkan, boolean dilaporkan, boolean dinilai,
      boolean terkunci, String predikat) {
    public Map<String, Object> variabel() {
      Map<String, Object> v = new HashMap<>();
      v.put("preset", preset);
      v.put("jenisPeriode", jenisPeriode);
      v.put("skpDitetapkan", skpDitetapkan);
      v.put("dilaporkan", dilaporkan);
      v.put("dinilai", dinilai);
      v.put("terkunci", terkunci);
      v.put("predikat", predikat);
      return v;
    }
  }

  /** {@code persen} null: not yet determined (the deadline has not passed). */
  public record Hasil(BigDecimal persen, String keterangan) {}

  public Hasil untuk(Fakta fakta) {
    DmnDecisionResultEntries hasil = decisionService.evaluateDecisionByKey(DECISION).variables(fakta.variabel()).evaluate()
        .getSingleResult();
    if (hasil == null) throw new IllegalStateException(DECISION + " tidak menghasilkan keputusan untuk " + fakta);
    Number persen = (Number) hasil.get("persenKinerja"); // an empty output entry leaves no entry
    return new Hasil(persen == null ? null : new BigDecimal(persen.toString()).setScale(2, RoundingMode.HALF_UP),
        hasil.getEntry("keterangan"));
  }
}
