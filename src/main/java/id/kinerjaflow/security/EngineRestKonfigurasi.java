package id.kinerjaflow.security;

import id.kinerjaflow.web.ConflictException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
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
 * for the caller it is a missing right, so 403. And a domain rule that refuses a step a Camunda admin forced (e.g. setting a plan
 * nobody approved) answers 409 with its message, and a BPMN error the model does not catch 400.
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
    register(AturanDomain.class);
    register(JacksonFeature.class);
  }

  /** 403 for another tenant's instance; 400 for a BPMN error no event of the model catches (ENGINE-02042, see enableExceptionsAfterUnhandledBpmnError). */
  private static Response.Status status(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String pesan = t.getMessage() == null ? "" : t.getMessage();
      if (pesan.contains("belongs to no authenticated tenant")) return Response.Status.FORBIDDEN;
      if (pesan.contains("ENGINE-02042")) return Response.Status.BAD_REQUEST;
    }
    return null;
  }

  public static class TenantLain extends ProcessEngineExceptionHandler {
    @Override
    public Response toResponse(ProcessEngineException e) {
      Response.Status status = status(e);
      if (status == Response.Status.FORBIDDEN) return super.toResponse(new AuthorizationException(e.getMessage()));
      return super.toResponse(status == null ? e : new BadUserRequestException(e.getMessage()));
    }
  }

  /** The same, where a resource wraps the engine's exception (e.g. changing a variable, a BPMN error). */
  public static class TenantLainLewatRest extends RestExceptionHandler {
    @Override
    public Response toResponse(RestException e) {
      Response.Status status = status(e);
      return super.toResponse(status == null ? e : new RestException(status, e.getMessage()));
    }
  }

  public static class AturanDomain implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "ConflictException", "message", e.getMessage())).build();
    }
  }
}
