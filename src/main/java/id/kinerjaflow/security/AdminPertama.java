package id.kinerjaflow.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first admin (a Camunda admin), from configuration: {@code kinerja.admin-pertama.id} (default {@code admin})
 * and its initial password {@code kinerja.admin-pertama.kata-sandi}, which has no default outside the demo profile.
 */
@Component
record AdminPertama(String id, String nama, String kataSandi) {
  AdminPertama(@Value("${kinerja.admin-pertama.id:admin}") String id,
      @Value("${kinerja.admin-pertama.nama:Administrator}") String nama,
      @Value("${kinerja.admin-pertama.kata-sandi:}") String kataSandi) {
    this.id = id;
    this.nama = nama;
    this.kataSandi = kataSandi;
  }
}
