package id.kinerjaflow.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluasiAkhirRepository extends JpaRepository<EvaluasiAkhir, Long> {
  Optional<EvaluasiAkhir> findBySkpId(long skpId);
}
