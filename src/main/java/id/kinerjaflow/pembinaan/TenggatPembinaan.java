package id.kinerjaflow.pembinaan;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.evaluation.EvaluationService;
import id.kinerjaflow.instansi.Kalender;
import id.kinerjaflow.instansi.Tenggat;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due date of a coaching or counselling, as performance-coaching reads it: {@code ${tenggatPembinaan.batas(periodeId)}},
 * before the next period's deadline (the final evaluation's after the year's last period), from the calendar.
 */
@Component("tenggatPembinaan")
@Transactional(readOnly = true)
public class TenggatPembinaan {
  private final EvaluationService evaluation;

  TenggatPembinaan(EvaluationService evaluation) { this.evaluation = evaluation; }

  /** {@code periodeId}: the periodic evaluation whose predicate asked for it. */
  public Date batas(long periodeId) { return tenggat(evaluation.evaluasiPeriodik(periodeId)).terkunciPada(); }

  static Tenggat tenggat(EvaluasiPeriodik ev) {
    Kalender k = ev.getPeriode().getKalender();
    int berikutnya = ev.getPeriode().getUrutan() + 1;
    return berikutnya <= k.getPeriode().size() ? k.periode(berikutnya).tenggat() : k.tenggat(k.getBatasFinal());
  }
}
