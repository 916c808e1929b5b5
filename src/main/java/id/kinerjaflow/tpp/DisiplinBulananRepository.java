package id.kinerjaflow.tpp;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DisiplinBulananRepository extends JpaRepository<DisiplinBulanan, Long> {
  @Query("select d from DisiplinBulanan d where d.pegawai.instansi = :instansi and d.tahun = :tahun and d.bulan = :bulan")
  List<DisiplinBulanan> findBulan(Instansi instansi, int tahun, int bulan);

  @Query("select d from DisiplinBulanan d where d.pegawai.instansi = :instansi")
  List<DisiplinBulanan> findByInstansi(Instansi instansi);
}
