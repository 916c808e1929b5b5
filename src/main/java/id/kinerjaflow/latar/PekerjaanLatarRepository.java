package id.kinerjaflow.latar;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PekerjaanLatarRepository extends JpaRepository<PekerjaanLatar, Long> {
  List<PekerjaanLatar> findByInstansiOrderByIdDesc(String instansi);
}
