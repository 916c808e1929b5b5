package id.kinerjaflow.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.SpringTransactionsProcessEngineConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tests run without the job executor and fire timers themselves after moving the clock ({@link Skenario}). The models'
 * asynchronous continuations (after a user task, before a join, around a reminder) run here instead: right after the
 * transaction that made them commits, in the same thread, each in a transaction of its own, as the job executor would
 * a moment later. So a test sees the next task as soon as the call that completed the previous one returns.
 * {@code uji.lanjutan-segera=false} turns it off for a test of code that runs its jobs itself (the simulasi command).
 */
@Component
@ConditionalOnExpression("!${camunda.bpm.job-execution.enabled:true} and ${uji.lanjutan-segera:true}")
class LanjutanSegera extends AbstractProcessEnginePlugin {
  private static final Logger log = LoggerFactory.getLogger(LanjutanSegera.class);
  private static final ThreadLocal<Boolean> BERJALAN = ThreadLocal.withInitial(() -> false);

  private ManagementService managementService;
  private TransactionTemplate transaksiBaru;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        T hasil = next.execute(command);
        if (!(command instanceof AbstractQuery) && Context.getCommandContext() == null && !BERJALAN.get()) setelahCommit();
        return hasil;
      }
    });
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    managementService = configuration.getManagementService();
    transaksiBaru = new TransactionTemplate(((SpringTransactionsProcessEngineConfiguration) configuration).getTransactionManager());
    transaksiBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private void setelahCommit() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      jalankan();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() { jalankan(); }
    });
  }

  /** Every continuation that is due, until none is left; one that fails is left to its retries, as the job executor would. */
  private void jalankan() {
    BERJALAN.set(true);
    try {
      Set<String> gagal = new HashSet<>();
      while (true) {
        Job job = managementService.createJobQuery().messages().executable().list().stream()
            .filter(j -> !gagal.contains(j.getId())).findFirst().orElse(null);
        if (job == null) return;
        try {
          transaksiBaru.executeWithoutResult(status -> managementService.executeJob(job.getId()));
        } catch (RuntimeException e) {
          gagal.add(job.getId());
          log.warn("Kelanjutan asinkron {} gagal", job.getId(), e);
        }
      }
    } finally {
      BERJALAN.remove();
    }
  }
}
