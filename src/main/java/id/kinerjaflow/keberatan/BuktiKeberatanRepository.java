package id.kinerjaflow.keberatan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BuktiKeberatanRepository extends JpaRepository<BuktiKeberatan, Long> {
  List<BuktiKeberatan> findByKeberatanOrderById(Keberatan keberatan);
}
