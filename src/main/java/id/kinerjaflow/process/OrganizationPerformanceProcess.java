package id.kinerjaflow.process;

/**
 * Ids and variables of {@code bpmn/organization-performance.bpmn}: one instance per perangkat daerah and year (business
 * key {@code instansi-unitKode-tahun}); the Kepala Perangkat Daerah reports the organisation's achievement each quarter and
 * for the year, then the leader one level up sets its predicate and the Kepala sets the predicate of each unit under it.
 */
public final class OrganizationPerformanceProcess {
  public static final String PROCESS_ID = "organization-performance";
  public static final String SUBPROCESS_REPORTS = "SubProcess_AchievementReports";
  public static final String TIMER_REPORT_OPENS = "Timer_ReportOpens";
  public static final String TASK_REPORT = "Task_ReportAchievement";
  public static final String TIMER_REPORT_REMINDER = "Timer_ReportReminder";
  public static final String TIMER_REPORT_DEADLINE = "Timer_ReportDeadline";
  public static final String END_REPORT_LOCKED = "EndEvent_ReportLocked";
  public static final String TASK_DETERMINE_PREDICATE_SETTER = "Task_DeterminePredicateSetter";
  public static final String TASK_SET_PREDICATE = "Task_SetOrganizationPredicate";
  public static final String TASK_SET_UNIT_PREDICATE = "Task_SetUnitPredicate";
  public static final String CALL_CALIBRATE_PREDICATES = "CallActivity_CalibratePredicates";
  public static final String END_PREDICATE_SET = "EndEvent_OrganizationPredicateSet";

  /** The instansi (kode), as the calibration process is called with it; {@code instansi} too, the Camunda tenant. */
  public static final String INSTANSI_KODE = "instansiKode";
  /** The perangkat daerah's unit id. */
  public static final String UNIT_ID = "unitId";
  public static final String UNIT_KODE = "unitKode";
  public static final String UNIT_NAMA = "unitNama";
  /** The report's deadline in the calendar (element variable of the reports' multi-instance). */
  public static final String KALENDER_CAPAIAN_ID = "kalenderCapaianId";
  /** A unit under the perangkat daerah whose predicate its Kepala sets (element variable). */
  public static final String SUB_UNIT_ID = "subUnitId";

  public static String businessKey(String instansiKode, String unitKode, int tahun) { return instansiKode + "-" + unitKode + "-" + tahun; }

  private OrganizationPerformanceProcess() {}
}
