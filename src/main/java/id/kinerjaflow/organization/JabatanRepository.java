package id.kinerjaflow.organization;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JabatanRepository extends JpaRepository<Jabatan, Long> {
  /** The unit's head position (the latest, should a former head's remain). */
  Optional<Jabatan> findFirstByUnitAndKepalaUnitTrueOrderByIdDesc(UnitKerja unit);

  boolean existsByUnitAndKepalaUnitTrueAndKelasIn(UnitKerja unit, Collection<KelasJabatan> kelas);
}
