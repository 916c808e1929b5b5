package id.kinerjaflow.instansi;

import org.springframework.data.jpa.repository.JpaRepository;

public interface KalenderCapaianRepository extends JpaRepository<KalenderCapaian, Long> {}
