package id.kinerjaflow.planning;

import id.kinerjaflow.organization.Pegawai;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RhkRepository extends JpaRepository<Rhk, Long> {
  boolean existsByRhkAtasan(Rhk rhkAtasan);

  List<Rhk> findBySkpPegawaiAndSkpTahunOrderByUrutan(Pegawai pegawai, int tahun);
}
