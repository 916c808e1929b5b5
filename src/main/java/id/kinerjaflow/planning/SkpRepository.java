package id.kinerjaflow.planning;

import id.kinerjaflow.organization.Pegawai;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkpRepository extends JpaRepository<Skp, Long> {
  Optional<Skp> findByPegawaiAndTahun(Pegawai pegawai, int tahun);
}
