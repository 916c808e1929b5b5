package id.kinerjaflow.cycle;

import id.kinerjaflow.planning.Skp;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PerpindahanPenilaiRepository extends JpaRepository<PerpindahanPenilai, Long> {
  List<PerpindahanPenilai> findBySkpOrderById(Skp skp);
}
