package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegasiPenilaiRepository extends JpaRepository<DelegasiPenilai, Long> {
  Optional<DelegasiPenilai> findByUnitAndTahunAndBaris(UnitKerja unit, int tahun, String baris);

  List<DelegasiPenilai> findByUnitInstansiAndTahunOrderByUnitKodeAscIdAsc(Instansi instansi, int tahun);
}
