package id.kinerjaflow.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface KredensialRepository extends JpaRepository<Kredensial, String> {}
