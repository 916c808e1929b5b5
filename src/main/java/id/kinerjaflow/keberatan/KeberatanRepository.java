package id.kinerjaflow.keberatan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface KeberatanRepository extends JpaRepository<Keberatan, Long> {
  Optional<Keberatan> findBySkpId(long skpId);
}
