package id.kinerjaflow.instansi;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KalenderRepository extends JpaRepository<Kalender, Long> {
  Optional<Kalender> findByInstansiAndTahun(Instansi instansi, int tahun);
}
