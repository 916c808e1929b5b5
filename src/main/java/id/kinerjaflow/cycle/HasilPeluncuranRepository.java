package id.kinerjaflow.cycle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HasilPeluncuranRepository extends JpaRepository<HasilPeluncuran, Long> {
  List<HasilPeluncuran> findByPekerjaanLatarIdOrderById(long pekerjaanLatarId);
}
