package id.kinerjaflow.kalibrasi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KalibrasiPredikatRepository extends JpaRepository<KalibrasiPredikat, Long> {
  Optional<KalibrasiPredikat> findByUnitIdAndTahun(Long unitId, int tahun);
}
