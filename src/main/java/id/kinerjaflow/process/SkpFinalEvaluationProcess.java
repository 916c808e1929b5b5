package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-final-evaluation.bpmn}. */
public final class SkpFinalEvaluationProcess {
  public static final String PROCESS_ID = "skp-final-evaluation";
  public static final String TIMER_YEAR_ENDED = "Timer_YearEnded";
  public static final String TIMER_REMINDER = "Timer_FinalReminder";
  public static final String TASK_RATE = "Task_RateFinal";
  public static final String TIMER_DEADLINE = "Timer_FinalDeadline";
  public static final String END_LOCKED = "EndEvent_FinalLocked";
  public static final String END_EVALUATED = "EndEvent_FinalEvaluated";

  private SkpFinalEvaluationProcess() {}
}
