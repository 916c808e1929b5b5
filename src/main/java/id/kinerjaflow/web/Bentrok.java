package id.kinerjaflow.web;

import java.sql.SQLException;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A request that lost a race: another request or a job of the engine changed the same process or row first. Its
 * transaction rolled back, so nothing of it was written; run again, it meets the new state. Answered with 409.
 */
public class Bentrok extends RuntimeException {
  public static final String PESAN = "Data ini baru saja diubah oleh permintaan lain atau oleh proses terjadwal;"
      + " muat ulang halaman lalu coba lagi.";
  /** Deadlock, serialization failure, lock not available (PostgreSQL, H2); a unique key two requests inserted at once. */
  private static final Set<String> SQL_STATE_BENTROK = Set.of("40P01", "40001", "55P03", "HYT00", "23505");
  /** Foreign key violation: in the engine's tables a sign that a concurrent completion removed the row (act_fk_task_exe). */
  private static final String SQL_STATE_FK = "23503";

  public Bentrok(Throwable sebab) { super(PESAN, sebab); }

  /** Whether e, or an exception it wraps, is a lost race. */
  public static boolean adalah(Throwable e) {
    boolean mesin = false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof Bentrok || t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException) return true;
      mesin |= t instanceof ProcessEngineException;
      if (t instanceof SQLException s && s.getSQLState() != null
          && (SQL_STATE_BENTROK.contains(s.getSQLState()) || mesin && SQL_STATE_FK.equals(s.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
