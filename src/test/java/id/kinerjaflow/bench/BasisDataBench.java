package id.kinerjaflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The benchmark's PostgreSQL server: {@code -Dbench.db=jdbc:postgresql://127.0.0.1:5432/} (user {@code bench.db.user},
 * default postgres, trust auth) or, without it, an embedded one (zonky; what CI uses). Each run makes two fresh databases
 * on that one server: the application's and the bare engine's, their names prefixed with {@code bench.db.awalan} if given.
 */
@TestConfiguration(proxyBeanMethods = false)
public class BasisDataBench {
  /** The server's JDBC URL (ending in '/') and the two databases' names. */
  public record Server(String url, String user, String aplikasi, String polos, EmbeddedPostgres tertanam) implements AutoCloseable {
    public String jdbc(String db) { return url + db; }

    @Override
    public void close() throws IOException { if (tertanam != null) tertanam.close(); }
  }

  @Bean(destroyMethod = "close")
  Server benchServer() throws IOException, SQLException {
    String url = System.getProperty("bench.db", "");
    String user = System.getProperty("bench.db.user", "postgres");
    EmbeddedPostgres tertanam = null;
    if (url.isBlank()) {
      tertanam = EmbeddedPostgres.start();
      url = "jdbc:postgresql://localhost:" + tertanam.getPort() + "/";
    }
    String awalan = System.getProperty("bench.db.awalan", "");
    String akhiran = Long.toString(System.currentTimeMillis(), 36);
    Server server = new Server(url, user, awalan + "kinerja_bench_" + akhiran, awalan + "polos_bench_" + akhiran, tertanam);
    try (Connection c = DriverManager.getConnection(url + "postgres", user, ""); Statement s = c.createStatement()) {
      s.execute("create database " + server.aplikasi());
      s.execute("create database " + server.polos());
    }
    return server;
  }

  @Bean
  @Primary
  DataSource dataSource(Server server) {
    HikariDataSource ds = new HikariDataSource();
    ds.setJdbcUrl(server.jdbc(server.aplikasi()));
    ds.setUsername(server.user());
    return ds;
  }
}
