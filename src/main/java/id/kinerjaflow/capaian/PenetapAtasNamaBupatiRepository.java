package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.Instansi;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenetapAtasNamaBupatiRepository extends JpaRepository<PenetapAtasNamaBupati, Long> {
  Optional<PenetapAtasNamaBupati> findByInstansi(Instansi instansi);
}
