package id.kinerjaflow.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuktiDukungRepository extends JpaRepository<BuktiDukung, Long> {
  List<BuktiDukung> findByEvaluasiOrderById(EvaluasiPeriodik evaluasi);
}
