package id.kinerjaflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The product's Camunda groups, their webapp authorizations and the shared Tasklist filter. Runs at
 * every start and only adds what is missing. Task access itself comes from assignment: Camunda grants
 * the assignee of a task the right to read and complete it.
 */
@Component
@Order(0)
class CamundaSetup implements ApplicationRunner {
  static final String FILTER_TUGAS_SAYA = "Tugas Saya";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  CamundaSetup(IdentityService identityService, AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    grup(Grup.PEGAWAI, "Pegawai ASN");
    grup(Grup.PENILAI, "Pejabat Penilai Kinerja");
    grup(Grup.ADMIN_BKPSDM, "Admin BKPSDM");
    grup(Grup.AUDITOR, "Auditor");

    for (String g : new String[] {Grup.PEGAWAI, Grup.PENILAI}) {
      izinkan(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      izinkan(g, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (String g : new String[] {Grup.ADMIN_BKPSDM, Grup.AUDITOR}) {
      izinkan(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      izinkan(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      izinkan(g, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
      izinkan(g, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
      izinkan(g, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }

    if (filterService.createFilterQuery().filterName(FILTER_TUGAS_SAYA).count() == 0) {
      Filter filter = filterService.newTaskFilter(FILTER_TUGAS_SAYA)
          .setQuery(taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"))
          .setProperties(Map.of("description", "Tugas SKP yang harus Anda kerjakan", "priority", -10, "refresh", true));
      filterService.saveFilter(filter);
      Authorization semua = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
      semua.setResource(Resources.FILTER);
      semua.setResourceId(filter.getId());
      semua.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(semua);
    }
  }

  private void grup(String id, String nama) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      var g = identityService.newGroup(id);
      g.setName(nama);
      g.setType("WORKFLOW");
      identityService.saveGroup(g);
    }
  }

  private void izinkan(String grup, Resource resource, String resourceId, Permission... permissions) {
    boolean ada = authorizationService.createAuthorizationQuery().groupIdIn(grup)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (ada) return;
    Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    a.setGroupId(grup);
    a.setResource(resource);
    a.setResourceId(resourceId);
    for (Permission p : permissions) a.addPermission(p);
    authorizationService.saveAuthorization(a);
  }
}
