package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-annual-cycle.bpmn}. */
public final class SkpAnnualCycleProcess {
  public static final String PROCESS_ID = "skp-annual-cycle";
  public static final String CALL_PLANNING = "CallActivity_Planning";
  public static final String CALL_PERIODIC_EVALUATION = "CallActivity_PeriodicEvaluation";
  public static final String CALL_FINAL_EVALUATION = "CallActivity_FinalEvaluation";
  public static final String END_CYCLE_COMPLETED = "EndEvent_CycleCompleted";

  private SkpAnnualCycleProcess() {}
}
