package id.kinerjaflow.planning;

import id.kinerjaflow.organization.Pegawai;
import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SkpRepository extends JpaRepository<Skp, Long> {
  Optional<Skp> findByPegawaiAndTahunAndKedudukan(Pegawai pegawai, int tahun, Kedudukan kedudukan);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from Skp s where s.id = :id")
  Optional<Skp> findByIdForUpdate(long id);

  /** One employee's SKP, newest year first, the definitive one before the acting one. */
  List<Skp> findByPegawaiNipOrderByTahunDescKedudukanAsc(String nip);

  /** SKP whose employee's NIP starts with, or name contains, {@code q} (lower case), in the given instansi (null: all). */
  @Query("select s from Skp s where (s.pegawai.nip like concat(:q, '%') or lower(s.pegawai.nama) like concat('%', :q, '%'))"
      + " and (:semua = true or s.pegawai.instansi.kode in :instansi) order by s.pegawai.nama, s.tahun desc, s.kedudukan")
  List<Skp> cari(String q, boolean semua, java.util.Collection<String> instansi, org.springframework.data.domain.Pageable halaman);

  List<Skp> findByPegawaiInstansiAndTahunOrderByPegawaiNipAscKedudukanAsc(Instansi instansi, int tahun);

  List<Skp> findByPegawaiInstansiAndProcessInstanceIdNotNull(Instansi instansi);

  @Query("select s from Skp s where s.pegawai.instansi = :instansi and s.tahun = :tahun and s.terlambat = true"
      + " and s.status <> id.kinerjaflow.planning.StatusSkp.DITETAPKAN order by s.pegawai.nip")
  List<Skp> findTerlambat(Instansi instansi, int tahun);

  @Query("select s from Skp s where s.pegawai.instansi = :instansi and s.tahun = :tahun"
      + " and s.kedudukan = id.kinerjaflow.planning.Kedudukan.DEFINITIF order by s.pegawai.nip")
  List<Skp> findDefinitif(Instansi instansi, int tahun);
}
