package id.kinerjaflow.instansi;

import org.springframework.data.jpa.repository.JpaRepository;

interface KalenderPeriodeRepository extends JpaRepository<KalenderPeriode, Long> {}
