package id.kinerjaflow.process;

/** Ids of {@code bpmn/performance-coaching.bpmn}. */
public final class PerformanceCoachingProcess {
  public static final String PROCESS_ID = "performance-coaching";
  /** Message name of its start event: skp-periodic-evaluation's ServiceTask_StartCoaching starts it. */
  public static final String MESSAGE_COACHING_REQUESTED = "PembinaanKinerjaDiminta";
  public static final String START_EVENT = "StartEvent_CoachingRequested";
  public static final String TASK_COACH = "Task_CoachEmployee";
  public static final String TASK_COUNSEL = "Task_CounselEmployee";
  public static final String END_RECORDED = "EndEvent_CoachingRecorded";
  /** The PembinaanKinerja row the task records into. */
  public static final String PEMBINAAN_ID = "pembinaanId";

  private PerformanceCoachingProcess() {}
}
