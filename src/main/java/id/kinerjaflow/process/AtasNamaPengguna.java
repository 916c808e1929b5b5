package id.kinerjaflow.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
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

  /**
   * Background work (a job) on behalf of the user who asked for it: inside the job's engine command (which logs no user
   * operations of its own), Cockpit's operation log names them; the checks are off as in {@link #jalankan}, since their
   * request was checked when it was made.
   */
  public void sebagai(String penggunaId, Runnable kerja) {
    CommandContext perintah = Context.getCommandContext();
    Authentication sebelum = identityService.getCurrentAuthentication();
    boolean periksaIzin = perintah.isAuthorizationCheckEnabled();
    boolean periksaTenant = perintah.isTenantCheckEnabled();
    boolean catatOperasi = perintah.isUserOperationLogEnabled();
    identityService.setAuthenticatedUserId(penggunaId);
    perintah.enableUserOperationLog();
    perintah.disableAuthorizationCheck();
    perintah.disableTenantCheck();
    try {
      kerja.run();
    } finally {
      if (periksaIzin) perintah.enableAuthorizationCheck();
      if (periksaTenant) perintah.enableTenantCheck();
      if (!catatOperasi) perintah.disableUserOperationLog();
      if (sebelum == null) identityService.clearAuthentication();
      else identityService.setAuthentication(sebelum);
    }
  }
}
