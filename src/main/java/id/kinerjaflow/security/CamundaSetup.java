package id.kinerjaflow.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import id.kinerjaflow.process.Pengingat;
import id.kinerjaflow.process.OrganizationPerformanceProcess;
import id.kinerjaflow.process.PredicateCalibrationProcess;
import id.kinerjaflow.process.PerformanceCoachingProcess;
import id.kinerjaflow.process.SkpAnnualCycleProcess;
import id.kinerjaflow.process.SkpFinalEvaluationProcess;
import id.kinerjaflow.process.SkpObjectionProcess;
import id.kinerjaflow.process.SkpPeriodicEvaluationProcess;
import id.kinerjaflow.process.SkpPlanningProcess;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first admin's password, the webapp authorizations of the product's groups (which come from the employee
 * directory) and the ready-made Tasklist filters, shared with the groups that need them. Runs at every start and only adds what is missing. Task access itself comes from assignment: Camunda grants
 * the assignee and the candidates of a task the right to read and work on it, and to read its history.
 */
@Component
@Order(0)
class CamundaSetup implements ApplicationRunner {
  static final String FILTER_SKP_SAYA = "SKP Saya";
  static final String FILTER_PERLU_DINILAI = "Perlu Dinilai";
  static final String FILTER_TENGGAT = "Lewat Tenggat / Segera Berakhir";
  static final String FILTER_PERLU_DIVERIFIKASI = "Perlu Diverifikasi";
  static final String FILTER_PERLU_DITENTUKAN = "Perlu Ditentukan";
  static final String FILTER_KINERJA_ORGANISASI = "Kinerja Organisasi";
  static final String FILTER_PERLU_DITUNJUK = "Perlu Ditunjuk";
  static final String FILTER_KEBERATAN = "Predikat & Keberatan";
  static final String FILTER_PERLU_DIKALIBRASI = "Perlu Dikalibrasi";
  static final String FILTER_PEMBINAAN = "Pembinaan Kinerja";
  static final String RIWAYAT_TUGAS = "kinerja.hak-riwayat-tugas-terbuka";

  private final AkunService akun;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final int hariSebelumBatas;

  CamundaSetup(AkunService akun, AuthorizationService authorizationService, FilterService filterService,
      TaskService taskService, ManagementService managementService, Pengingat pengingat) {
    this.akun = akun;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.managementService = managementService;
    this.hariSebelumBatas = pengingat.hariTerjauh();
  }

  @Override
  public void run(ApplicationArguments args) {
    akun.pastikanAdminPertama();
    // The engine skips checks for Camunda admins, but its queries (Cockpit, engine REST lists) still need grants.
    for (Resource r : Resources.values()) izinkan(Grup.CAMUNDA_ADMIN, r, ANY, Permissions.ALL);
    for (String g : new String[] {Grup.PEGAWAI, Grup.PENILAI}) {
      izinkan(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      izinkan(g, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    }
    for (String g : new String[] {Grup.ADMIN_BKPSDM, Grup.AUDITOR}) {
      izinkan(g, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      izinkan(g, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      izinkan(g, Resources.DEPLOYMENT, ANY, Permissions.READ);
    }
    // Auditors read every instansi; BKPSDM admins read the instances and history of their own instansi only: each
    // instansi is a tenant (TenantInstansi) and an admin belongs to their instansi's tenant alone.
    izinkan(Grup.AUDITOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    izinkan(Grup.AUDITOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    izinkan(Grup.AUDITOR, Resources.TASK, ANY, Permissions.READ);
    izinkan(Grup.ADMIN_BKPSDM, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
    izinkan(Grup.ADMIN_BKPSDM, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

    filter(FILTER_SKP_SAYA, -10, "Rencana dan laporan SKP Anda sendiri",
        tugasSaya().taskDefinitionKeyIn(SkpPlanningProcess.TASK_DRAFT, SkpPlanningProcess.TASK_REVISE,
            SkpPeriodicEvaluationProcess.TASK_REPORT),
        Grup.PEGAWAI);
    filter(FILTER_PERLU_DINILAI, -5, "Rencana yang perlu ditinjau dan kinerja yang perlu dinilai",
        tugasSaya().taskDefinitionKeyIn(SkpPlanningProcess.TASK_REVIEW, SkpPeriodicEvaluationProcess.TASK_RATE,
            SkpFinalEvaluationProcess.TASK_RATE),
        Grup.PENILAI);
    filter(FILTER_PERLU_DIVERIFIKASI, -3, "Target SKP yang menunggu verifikasi BKPSDM instansi Anda",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskDefinitionKey(SkpPlanningProcess.TASK_VERIFY).orderByDueDate().asc(),
        Grup.ADMIN_BKPSDM);
    filter(FILTER_PERLU_DITENTUKAN, -4, "SKP yang menunggu BKPSDM instansi Anda menentukan pejabat penilainya",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskDefinitionKey(SkpAnnualCycleProcess.TASK_DETERMINE_APPRAISER).orderByDueDate().asc(),
        Grup.ADMIN_BKPSDM);
    // The organisation's reports and predicates (organization-performance): the Kepala Perangkat Daerah's and the leader's
    // own tasks; BKPSDM's "Tunjuk Penetap Predikat Organisasi" by its candidate group.
    filter(FILTER_KINERJA_ORGANISASI, -2, "Laporan capaian dan predikat kinerja organisasi",
        tugasSaya().taskDefinitionKeyIn(OrganizationPerformanceProcess.TASK_REPORT, OrganizationPerformanceProcess.TASK_SET_PREDICATE,
            OrganizationPerformanceProcess.TASK_SET_UNIT_PREDICATE),
        Grup.PENILAI, Grup.PEGAWAI);
    filter(FILTER_PERLU_DITUNJUK, -1, "Perangkat daerah yang menunggu BKPSDM instansi Anda menunjuk penetap predikat organisasinya",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks()
            .taskDefinitionKey(OrganizationPerformanceProcess.TASK_DETERMINE_PREDICATE_SETTER).orderByDueDate().asc(),
        Grup.ADMIN_BKPSDM);
    filter(FILTER_KEBERATAN, -8, "Predikat kinerja akhir: terima atau ajukan keberatan, tanggapi, putuskan",
        tugasSaya().taskDefinitionKeyIn(SkpObjectionProcess.TASK_RESPOND_TO_PREDICATE, SkpObjectionProcess.TASK_RESPOND_TO_OBJECTION,
            SkpObjectionProcess.TASK_DECIDE, SkpObjectionProcess.TASK_DECIDE_WITHOUT_SUPERIOR),
        Grup.PEGAWAI, Grup.PENILAI);
    filter(FILTER_PERLU_DIKALIBRASI, -4, "Predikat akhir pegawai perangkat daerah Anda yang perlu dikalibrasi",
        tugasSaya().taskDefinitionKey(PredicateCalibrationProcess.TASK_CALIBRATE), Grup.PENILAI);
    filter(FILTER_PEMBINAAN, -3, "Bimbingan dan konseling kinerja yang perlu Anda lakukan dan catat",
        tugasSaya().taskDefinitionKeyIn(PerformanceCoachingProcess.TASK_COACH, PerformanceCoachingProcess.TASK_COUNSEL),
        Grup.PENILAI);
    filter(FILTER_TENGGAT, 0, "Tugas yang sudah lewat tenggat atau berakhir dalam " + hariSebelumBatas + " hari",
        tugasSaya().dueBeforeExpression("${dateTime().plusDays(" + hariSebelumBatas + ").toDate()}"),
        Grup.PEGAWAI, Grup.PENILAI);
    riwayatTugasTerbuka();
  }

  /**
   * Camunda grants whom a task is for (assignee, owner, candidate users and groups) the right to read its history, the
   * comments and Tasklist's Riwayat tab (enableHistoricInstancePermissions). Tasks opened before that was switched on get it
   * here, once (the engine property {@value #RIWAYAT_TUGAS} records it).
   */
  private void riwayatTugasTerbuka() {
    if (managementService.getProperties().containsKey(RIWAYAT_TUGAS)) return;
    Set<String> ada = authorizationService.createAuthorizationQuery().resourceType(Resources.HISTORIC_TASK).list().stream()
        .map(a -> a.getResourceId() + "|" + a.getUserId() + "|" + a.getGroupId()).collect(Collectors.toSet());
    for (Task task : taskService.createTaskQuery().list()) {
      for (String user : new String[] {task.getAssignee(), task.getOwner()}) riwayat(ada, task.getId(), user, null);
    }
    Stream.concat(taskService.createTaskQuery().withCandidateUsers().list().stream(),
            taskService.createTaskQuery().withCandidateGroups().list().stream())
        .map(Task::getId).distinct()
        .forEach(id -> taskService.getIdentityLinksForTask(id).stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
            .forEach(l -> riwayat(ada, id, l.getUserId(), l.getGroupId())));
    managementService.setProperty(RIWAYAT_TUGAS, "ya");
  }

  private void riwayat(Set<String> ada, String taskId, String user, String grup) {
    if (user == null && grup == null || !ada.add(taskId + "|" + user + "|" + grup)) return;
    Authorization a = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    a.setUserId(user);
    a.setGroupId(grup);
    a.setResource(Resources.HISTORIC_TASK);
    a.setResourceId(taskId);
    a.addPermission(HistoricTaskPermissions.READ);
    authorizationService.saveAuthorization(a);
  }

  private TaskQuery tugasSaya() {
    return taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc();
  }

  private void filter(String nama, int prioritas, String keterangan, TaskQuery query, String... grup) {
    if (filterService.createFilterQuery().filterName(nama).count() > 0) return;
    Filter filter = filterService.newTaskFilter(nama).setQuery(query)
        .setProperties(Map.of("description", keterangan, "priority", prioritas, "refresh", true));
    filterService.saveFilter(filter);
    for (String g : grup) izinkan(g, Resources.FILTER, filter.getId(), Permissions.READ);
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
