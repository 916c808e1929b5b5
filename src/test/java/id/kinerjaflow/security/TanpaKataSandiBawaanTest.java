package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Outside the demo profile no account has a default password: without a configured one, nobody logs in, not even "admin". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-tanpa-demo;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class TanpaKataSandiBawaanTest {
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void adminPertamaTanpaKataSandiTidakDapatMasuk() {
    assertThat(jdbc.queryForObject("select count(*) from kredensial", Long.class)).isZero();
    assertThat(identityService.checkPassword("admin", "admin")).isFalse();
    assertThat(identityService.checkPassword("admin", "")).isFalse();
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/api/akun/saya", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("admin", "admin").getForEntity("/engine-rest/user", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
