package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-objection.bpmn}: the employee's objection (keberatan) to the final predicate, PP 30/2019 art. 59. */
public final class SkpObjectionProcess {
  public static final String PROCESS_ID = "skp-objection";
  public static final String TASK_RESPOND_TO_PREDICATE = "Task_RespondToPredicate";
  public static final String TIMER_WINDOW_CLOSED = "Timer_ObjectionWindowClosed";
  public static final String TASK_RESPOND_TO_OBJECTION = "Task_RespondToObjection";
  public static final String TIMER_RESPONSE_DEADLINE = "Timer_ResponseDeadline";
  public static final String TASK_DECIDE = "Task_DecideObjection";
  /** No superior above the appraiser: the appraiser, as the highest superior, decides (e.g. the Bupati as PPK). */
  public static final String TASK_DECIDE_WITHOUT_SUPERIOR = "Task_DecideObjectionWithoutSuperior";
  public static final String END_WINDOW_CLOSED = "EndEvent_WindowClosed";
  public static final String END_PREDICATE_ACCEPTED = "EndEvent_PredicateAccepted";
  public static final String END_DECIDED = "EndEvent_ObjectionDecided";
  public static final String END_DECIDED_WITHOUT_SUPERIOR = "EndEvent_ObjectionDecidedWithoutSuperior";

  private SkpObjectionProcess() {}
}
