package id.kinerjaflow.evaluation;

import id.kinerjaflow.instansi.Instansi;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluasiAkhirRepository extends JpaRepository<EvaluasiAkhir, Long> {
  Optional<EvaluasiAkhir> findBySkpId(long skpId);

  @Query("select e from EvaluasiAkhir e where e.skp.pegawai.instansi = :instansi and e.skp.tahun = :tahun"
      + " and e.status = id.kinerjaflow.evaluation.StatusEvaluasi.DINILAI"
      + " and e.skp.kedudukan = id.kinerjaflow.planning.Kedudukan.DEFINITIF")
  List<EvaluasiAkhir> findDinilai(Instansi instansi, int tahun);
}
