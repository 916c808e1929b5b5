package id.kinerjaflow.api;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A real PostgreSQL started by the test run (zonky); it closes after the engine that uses it. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfig {
  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() throws IOException { return EmbeddedPostgres.start(); }

  @Bean
  @Primary
  DataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    ds.setUsername("postgres");
    return ds;
  }
}
