package id.kinerjaflow.cycle;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeluncuranRepository extends JpaRepository<PeluncuranSiklus, Long> {
  Optional<PeluncuranSiklus> findFirstByInstansiAndTahunOrderByPekerjaanLatarIdDesc(String instansi, int tahun);
}
