package id.kinerjaflow.predicate;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PredikatPmmRepository extends JpaRepository<PredikatPmm, Long> {
  @Query("select p from PredikatPmm p where p.pegawai.instansi = :instansi")
  List<PredikatPmm> findByInstansi(Instansi instansi);

  @Query("select p from PredikatPmm p where p.pegawai.instansi = :instansi and p.tahun = :tahun")
  List<PredikatPmm> findByInstansiAndTahun(Instansi instansi, int tahun);
}
