package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitKerjaRepository extends JpaRepository<UnitKerja, Long> {
  List<UnitKerja> findByInstansi(Instansi instansi);

  Optional<UnitKerja> findByInstansiAndKode(Instansi instansi, String kode);
}
