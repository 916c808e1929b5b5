package id.kinerjaflow.evaluation;

import id.kinerjaflow.instansi.KalenderPeriode;
import id.kinerjaflow.planning.Skp;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluasiPeriodikRepository extends JpaRepository<EvaluasiPeriodik, Long> {
  @Query("select e from EvaluasiPeriodik e where e.skp = :skp order by e.periode.urutan")
  List<EvaluasiPeriodik> findBySkp(Skp skp);

  @Query("select e from EvaluasiPeriodik e where e.skp.id = :skpId and e.periode.urutan = :urutan")
  Optional<EvaluasiPeriodik> findBySkpIdAndUrutan(long skpId, int urutan);

  /** Every SKP's evaluation of one calendar period (a calendar belongs to one instansi and year). */
  List<EvaluasiPeriodik> findByPeriode(KalenderPeriode periode);
}
