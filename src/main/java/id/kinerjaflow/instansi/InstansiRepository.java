package id.kinerjaflow.instansi;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface InstansiRepository extends JpaRepository<Instansi, Long> {
  Optional<Instansi> findByKode(String kode);

  /** The instansi, its row locked until the transaction ends (one launch of its cycles at a time). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Instansi i where i.kode = ?1")
  Optional<Instansi> kunci(String kode);
}
