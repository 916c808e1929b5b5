package id.kinerjaflow.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitKerjaRepository extends JpaRepository<UnitKerja, Long> {}
