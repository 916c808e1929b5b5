package id.kinerjaflow.organization;

import id.kinerjaflow.instansi.Instansi;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PegawaiRepository extends JpaRepository<Pegawai, Long> {
  Optional<Pegawai> findByNip(String nip);

  List<Pegawai> findByNipIn(Collection<String> nips);

  List<Pegawai> findByInstansiAndAktifTrueOrderByNip(Instansi instansi);

  @Query("select p from Pegawai p where p.jabatan.unit = :unit and p.jabatan.kepalaUnit = true and p.aktif = true")
  List<Pegawai> findKepala(UnitKerja unit);

  /** Acting officials (Plt/Plh) of the unit's head position. */
  List<Pegawai> findByPltUnitAndAktifTrueOrderByNip(UnitKerja pltUnit);

  @Query("select p from Pegawai p where p.instansi = :instansi and p.jabatan.kepalaUnit = true and p.aktif = true")
  List<Pegawai> findKepalaAktif(Instansi instansi);
}
