package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-annual-cycle.bpmn}. */
public final class SkpAnnualCycleProcess {
  public static final String PROCESS_ID = "skp-annual-cycle";
  /** assessment-channel: PMM or SKP, from the position's class and unit kind. */
  public static final String TASK_DETERMINE_ASSESSMENT_CHANNEL = "BusinessRuleTask_DetermineAssessmentChannel";
  public static final String GATEWAY_ASSESSMENT_CHANNEL = "Gateway_AssessmentChannel";
  /** A PMM participant: no SKP, no planning; the final predicate is imported. */
  public static final String END_APPRAISED_IN_PMM = "EndEvent_AppraisedInPmm";
  public static final String TASK_CREATE_SKP = "ServiceTask_CreateSkp";
  /** appraiser-mapping and the organisation name the appraiser, recorded on the SKP, or the reason none was found. */
  public static final String TASK_FIND_APPRAISER = "ServiceTask_DetermineAppraiser";
  public static final String GATEWAY_APPRAISER_KNOWN = "Gateway_AppraiserKnown";
  /** BKPSDM determines the appraiser that appraiser-mapping could not find (candidate group admin-bkpsdm-{instansi}). */
  public static final String TASK_DETERMINE_APPRAISER = "Task_DetermineAppraiser";
  public static final String CALL_PLANNING = "CallActivity_Planning";
  public static final String CALL_PERIODIC_EVALUATION = "CallActivity_PeriodicEvaluation";
  public static final String CALL_FINAL_EVALUATION = "CallActivity_FinalEvaluation";
  /** Whether a perangkat daerah calibrates the final predicate (kalibrasiPredikat.menunggu), else it is made final at once. */
  public static final String GATEWAY_CALIBRATION_APPLIES = "Gateway_CalibrationApplies";
  /** Waits for the calibration to make the predicate final: message {@link #MESSAGE_FINAL_PREDICATE_SET}, correlated per SKP. */
  public static final String RECEIVE_AWAIT_FINAL_PREDICATE = "ReceiveTask_AwaitFinalPredicate";
  public static final String MESSAGE_FINAL_PREDICATE_SET = "PredikatFinalDitetapkan";
  public static final String TASK_MAKE_PREDICATE_FINAL = "ServiceTask_MakePredicateFinal";
  /** E-mails the employee the final predicate; followed directly by the end event. */
  public static final String TASK_NOTIFY_FINAL_PREDICATE = "ServiceTask_NotifyFinalPredicate";
  public static final String CALL_OBJECTION = "CallActivity_Objection";
  public static final String END_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

  private SkpAnnualCycleProcess() {}
}
