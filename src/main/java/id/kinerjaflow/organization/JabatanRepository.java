package id.kinerjaflow.organization;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JabatanRepository extends JpaRepository<Jabatan, Long> {}
