package id.kinerjaflow.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check Camunda narrows the user's groups to those named in some authorization, and learns
 * those by reading every row of {@code ACT_RU_AUTHORIZATION} ({@code select distinct GROUP_ID_}), once per command. That
 * table holds two rows per open task (its assignee's, see enableHistoricInstancePermissions), so at 100,000 tasks each
 * command of a Tasklist page read 200,000 rows. Here the same narrowing asks about the user's own groups only, each by
 * the group index: the result is the same, so every check decides as before.
 *
 * <p>A group found named is remembered for the engine's life, so a page's commands stop asking about {@code pegawai} and
 * {@code penilai}. Only that answer is kept: a group found in vain is asked about again, so its first authorization counts
 * at once; and a remembered group whose authorizations are gone only adds a name to the query that matches no row.
 */
@Component
class GrupBerotorisasi extends AbstractProcessEnginePlugin {
  private final Set<String> bernama = ConcurrentHashMap.newKeySet();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = new ArrayList<>();
    if (configuration.getCustomSessionFactories() != null) factories.addAll(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() { return AuthorizationManager.class; }

      @Override
      public Session openSession() { return new Manajer(bernama); }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class Manajer extends AuthorizationManager {
    private final Set<String> bernama;
    /** Per command, as Camunda's own: group → has an authorization. */
    private final Map<String, Boolean> diketahui = new HashMap<>();

    Manajer(Set<String> bernama) { this.bernama = bernama; }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) return List.of();
      List<String> hasil = new ArrayList<>();
      for (String grup : authenticatedGroupIds) {
        if (grup != null && (bernama.contains(grup) || diketahui.computeIfAbsent(grup, this::punyaOtorisasi))) hasil.add(grup);
      }
      return hasil;
    }

    private boolean punyaOtorisasi(String grup) {
      String sql = "select 1 from " + Context.getProcessEngineConfiguration().getDatabaseTablePrefix()
          + "ACT_RU_AUTHORIZATION where GROUP_ID_ = ? fetch first 1 rows only";
      Connection koneksi = getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement s = koneksi.prepareStatement(sql)) {
        s.setString(1, grup);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) return false;
          bernama.add(grup);
          return true;
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("Otorisasi grup " + grup + " tidak dapat dibaca", e);
      }
    }
  }
}
