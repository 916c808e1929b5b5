package id.kinerjaflow.process;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations of the engine's own tables ({@code db/mesin}, history in {@code flyway_mesin_history}): indexes
 * Camunda lacks. The application's Flyway ({@code db/migration}) runs before the engine exists, and the engine creates
 * its tables on its first start ({@code camunda.bpm.database.schema-update}), so these run once the engine is built
 * (this bean needs it), on H2 and PostgreSQL alike, each once, recorded like the domain's.
 */
@Component
class MigrasiMesin {
  MigrasiMesin(ProcessEngine engine, DataSource dataSource) {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/mesin").table("flyway_mesin_history")
        .baselineOnMigrate(true).baselineVersion("0").load().migrate();
  }
}
