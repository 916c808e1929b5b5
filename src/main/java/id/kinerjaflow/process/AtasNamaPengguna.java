package id.kinerjaflow.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs engine work on behalf of the logged-in {@code /api} user, so Camunda's user operation log (which records
 * authenticated users only) says who completed a task, moved a timer or reassigned a task. The API has already
 * checked that user's rights, so the engine's own authorization and tenant checks are off for this work.
 */
@Component
public class AtasNamaPengguna {
  private final ProcessEngineConfigurationImpl engine;
  private final IdentityService identityService;

  AtasNamaPengguna(ProcessEngineConfigurationImpl engine, IdentityService identityService) {
    this.engine = engine;
    this.identityService = identityService;
  }

  public void jalankan(Runnable kerja) {
    var pengguna = SecurityContextHolder.getContext().getAuthentication();
    if (pengguna == null || Context.getCommandContext() != null) {
      kerja.run(); // the engine's own threads, or already inside engine work
      return;
    }
    identityService.setAuthenticatedUserId(pengguna.getName());
    try {
      engine.getCommandExecutorTxRequired().execute(commandContext -> {
        commandContext.disableAuthorizationCheck();
        commandContext.disableTenantCheck();
        kerja.run();
        return null;
      });
    } finally {
      identityService.clearAuthentication();
    }
  }
}
