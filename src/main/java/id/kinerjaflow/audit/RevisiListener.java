package id.kinerjaflow.audit;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records who made a change: the API user, else the Camunda user (Tasklist), else the engine ("sistem"). */
public class RevisiListener implements RevisionListener {
  @Override
  public void newRevision(Object revision) {
    ((Revisi) revision).setPengguna(pengguna());
  }

  private static String pengguna() {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.isAuthenticated()) return auth.getName();
    var commandContext = Context.getCommandContext();
    Authentication camunda = commandContext == null ? null : commandContext.getAuthentication();
    return camunda != null ? camunda.getUserId() : "sistem";
  }
}
