package id.kinerjaflow.capaian;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenetapanPredikatOrganisasiRepository extends JpaRepository<PenetapanPredikatOrganisasi, Long> {
  Optional<PenetapanPredikatOrganisasi> findByUnitIdAndTahun(Long unitId, int tahun);
}
