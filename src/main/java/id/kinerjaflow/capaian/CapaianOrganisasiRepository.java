package id.kinerjaflow.capaian;

import id.kinerjaflow.instansi.KalenderCapaian;
import id.kinerjaflow.organization.UnitKerja;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CapaianOrganisasiRepository extends JpaRepository<CapaianOrganisasi, Long> {
  Optional<CapaianOrganisasi> findByUnitAndPeriode(UnitKerja unit, KalenderCapaian periode);

  List<CapaianOrganisasi> findByUnit(UnitKerja unit);
}
