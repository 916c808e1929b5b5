package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-annual-cycle.bpmn}. */
public final class SkpAnnualCycleProcess {
  public static final String PROCESS_ID = "skp-annual-cycle";
  public static final String GATEWAY_APPRAISER_KNOWN = "Gateway_AppraiserKnown";
  /** BKPSDM determines the appraiser that appraiser-mapping could not find (candidate group grupVerifikator). */
  public static final String TASK_DETERMINE_APPRAISER = "Task_DetermineAppraiser";
  public static final String CALL_PLANNING = "CallActivity_Planning";
  public static final String CALL_PERIODIC_EVALUATION = "CallActivity_PeriodicEvaluation";
  public static final String CALL_FINAL_EVALUATION = "CallActivity_FinalEvaluation";
  public static final String END_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

  private SkpAnnualCycleProcess() {}
}
