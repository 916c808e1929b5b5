package id.kinerjaflow.process;

/** Ids of {@code bpmn/skp-periodic-evaluation.bpmn}. */
public final class SkpPeriodicEvaluationProcess {
  public static final String PROCESS_ID = "skp-periodic-evaluation";
  public static final String GATEWAY_WAIT_FOR_PERIOD_END = "Gateway_WaitForPeriodEnd";
  public static final String TIMER_PERIOD_ENDED = "Timer_PeriodEnded";
  public static final String MESSAGE_EARLY_REPORT_EVENT = "Message_EarlyReportRequested";
  /** Message name: the employee reports before the period has ended. */
  public static final String MESSAGE_EARLY_REPORT = "LaporanLebihAwal";
  public static final String TIMER_REMINDER = "Timer_PeriodReminder";
  public static final String TASK_REPORT = "Task_ReportPeriod";
  public static final String TASK_RATE = "Task_RatePeriod";
  public static final String TIMER_REPORT_DEADLINE = "Timer_ReportDeadline";
  public static final String TIMER_DEADLINE = "Timer_PeriodDeadline";
  public static final String RULE_DETERMINE_PREDICATE = "BusinessRuleTask_DeterminePredicate";
  public static final String END_LOCKED = "EndEvent_PeriodLocked";
  public static final String END_EVALUATED = "EndEvent_PeriodEvaluated";

  private SkpPeriodicEvaluationProcess() {}
}
