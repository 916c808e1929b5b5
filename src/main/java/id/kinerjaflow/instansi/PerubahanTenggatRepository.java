package id.kinerjaflow.instansi;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerubahanTenggatRepository extends JpaRepository<PerubahanTenggat, Long> {
  List<PerubahanTenggat> findByKalenderOrderById(Kalender kalender);
}
