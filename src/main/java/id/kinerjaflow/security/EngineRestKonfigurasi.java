package id.kinerjaflow.security;

import jakarta.ws.rs.core.Response;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API as Camunda configures it, except one answer: work on another instansi's process instance (another
 * tenant, see {@link TenantInstansi}) is refused by the engine with a plain exception, which Camunda answers with 500;
 * for the caller it is a missing right, so 403.
 */
@Component
class EngineRestKonfigurasi extends CamundaJerseyResourceConfig {
  @Override
  protected void registerCamundaRestResources() {
    Set<Class<?>> diganti = Set.of(ProcessEngineExceptionHandler.class, RestExceptionHandler.class);
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream().filter(c -> !diganti.contains(c)).collect(Collectors.toSet()));
    register(TenantLain.class);
    register(TenantLainLewatRest.class);
    register(JacksonFeature.class);
  }

  private static boolean tenantLain(Throwable e) {
    return e != null && e.getMessage() != null && e.getMessage().contains("belongs to no authenticated tenant");
  }

  public static class TenantLain extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException e) {
      return super.toResponse(tenantLain(e) ? new AuthorizationException(e.getMessage()) : e);
    }
  }

  /** The same, where a resource wraps the engine's exception (e.g. changing a variable). */
  public static class TenantLainLewatRest extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException e) {
      return super.toResponse(tenantLain(e) ? new RestException(Response.Status.FORBIDDEN, e.getMessage()) : e);
    }
  }
}
