package id.kinerjaflow.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface RhkRepository extends JpaRepository<Rhk, Long> {
  boolean existsByRhkAtasan(Rhk rhkAtasan);
}
