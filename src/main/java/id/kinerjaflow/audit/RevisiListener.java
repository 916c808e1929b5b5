package id.kinerjaflow.audit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Records who made a change: the API user, else the Camunda user (Tasklist), else the engine ("sistem"); and when, on the
 * engine clock (process/JamEngine), so the domain's changes and the engine's history share one time line.
 */
public class RevisiListener implements RevisionListener {
  @Override
  public void newRevision(Object revision) {
    ((Revisi) revision).setPengguna(pengguna());
    ((Revisi) revision).setWaktu(ClockUtil.getCurrentTime().getTime());
  }

  private static String pengguna() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated()) return auth.getName();
    var commandContext = Context.getCommandContext();
    Authentication camunda = commandContext == null ? null : commandContext.getAuthentication();
    return camunda != null ? camunda.getUserId() : "sistem";
  }
}
