package id.kinerjaflow.security;

import id.kinerjaflow.process.Variables;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.springframework.stereotype.Component;

/**
 * Each instansi is a Camunda tenant. The process models are shared; an annual cycle belongs to the tenant of its
 * {@code instansi} variable, and its called processes, tasks, jobs and history to the same. With the tenant memberships of
 * {@link Direktori}, Cockpit and the engine REST API show a BKPSDM admin the instances of their own instansi only.
 */
@Component
class TenantInstansi extends AbstractProcessEnginePlugin implements TenantIdProvider {
  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantIdProvider(this);
  }

  @Override
  public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
    if (ctx.getSuperExecution() != null) return ctx.getSuperExecution().getTenantId();
    return ctx.getVariables() == null ? null : (String) ctx.getVariables().get(Variables.INSTANSI);
  }

  @Override
  public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) { return null; }

  @Override
  public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
    return ctx.getExecution() == null ? null : ctx.getExecution().getTenantId();
  }
}
