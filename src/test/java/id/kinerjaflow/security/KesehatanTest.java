package id.kinerjaflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** A container's healthcheck reads /actuator/health without a login; it tells UP and nothing more, and no other actuator endpoint is open. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kinerja-kesehatan;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class KesehatanTest {
  @Autowired TestRestTemplate http;

  @Test
  void kesehatanTerbacaTanpaMasukTanpaRincian() {
    var jawaban = http.getForEntity("/actuator/health", JsonNode.class);
    assertThat(jawaban.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(jawaban.getBody().get("status").asText()).isEqualTo("UP");
    assertThat(jawaban.getBody().has("components")).isFalse();
    for (String lain : new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
      assertThat(http.getForEntity(lain, String.class).getStatusCode()).as(lain).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }
}
