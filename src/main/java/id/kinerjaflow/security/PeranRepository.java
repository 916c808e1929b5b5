package id.kinerjaflow.security;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PeranRepository extends JpaRepository<Peran, Long> {
  List<Peran> findByInstansiOrderByPengguna(Instansi instansi);

  Optional<Peran> findByPenggunaAndPeranAndInstansi(String pengguna, JenisPeran peran, Instansi instansi);
}
