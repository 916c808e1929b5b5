package id.kinerjaflow.cycle;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HasilPeluncuranRepository extends JpaRepository<HasilPeluncuran, Long> {
  List<HasilPeluncuran> findByPekerjaanLatarIdOrderById(long pekerjaanLatarId);

  List<HasilPeluncuran> findByPekerjaanLatarIdOrderById(long pekerjaanLatarId, Pageable halaman);

  /** Per outcome: {@code [Jenis, Long]}. */
  @Query("select h.hasil, count(h) from HasilPeluncuran h where h.pekerjaanLatarId = :id group by h.hasil")
  List<Object[]> jumlahPerHasil(@Param("id") long pekerjaanLatarId);
}
