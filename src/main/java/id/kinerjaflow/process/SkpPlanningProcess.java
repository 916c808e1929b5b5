package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-planning.bpmn}. */
public final class SkpPlanningProcess {
  public static final String PROCESS_ID = "skp-planning";
  public static final String TASK_DRAFT = "Task_DraftSkpPlan";
  public static final String TASK_REVIEW = "Task_ReviewSkpPlan";
  public static final String TASK_REVISE = "Task_ReviseSkpPlan";
  public static final String TASK_VERIFY = "Task_VerifySkpTargets";
  public static final String TASK_CORRECT = "Task_CorrectSkpTargets";
  public static final String TIMER_REMINDER = "Timer_PlanReminder";
  public static final String TIMER_DEADLINE = "Timer_PlanDeadline";
  public static final String SERVICE_TASK_SET_PLAN = "ServiceTask_SetSkpPlan";
  public static final String END_PLAN_SET = "EndEvent_PlanSet";
  public static final String END_MARKED_LATE = "EndEvent_PlanMarkedLate";

  private SkpPlanningProcess() {}
}
