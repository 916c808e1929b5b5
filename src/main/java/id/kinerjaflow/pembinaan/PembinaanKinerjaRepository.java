package id.kinerjaflow.pembinaan;

import id.kinerjaflow.evaluation.EvaluasiPeriodik;
import id.kinerjaflow.instansi.Instansi;
import id.kinerjaflow.planning.Skp;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PembinaanKinerjaRepository extends JpaRepository<PembinaanKinerja, Long> {
  Optional<PembinaanKinerja> findByEvaluasi(EvaluasiPeriodik evaluasi);

  @Query("select p from PembinaanKinerja p where p.skp = :skp order by p.evaluasi.periode.urutan")
  List<PembinaanKinerja> findBySkp(Skp skp);

  @Query("select p from PembinaanKinerja p where p.skp.pegawai.instansi = :instansi and p.skp.tahun = :tahun"
      + " order by p.evaluasi.periode.urutan, p.skp.pegawai.nip, p.skp.kedudukan")
  List<PembinaanKinerja> findTahun(Instansi instansi, int tahun);
}
