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
  /** performance-follow-up: BIMBINGAN, KONSELING or TIDAK_ADA, then ServiceTask_StartCoaching starts performance-coaching. */
  public static final String RULE_DETERMINE_FOLLOW_UP = "BusinessRuleTask_DetermineFollowUp";
  public static final String GATEWAY_FOLLOW_UP_NEEDED = "Gateway_FollowUpNeeded";
  public static final String TASK_START_COACHING = "ServiceTask_StartCoaching";
  /** Variables of the follow-up: its decision, and the previous period's predicate it was decided on. */
  public static final String TINDAK_LANJUT = "tindakLanjut";
  public static final String PREDIKAT_SEBELUMNYA = "predikatSebelumnya";
  public static final String END_LOCKED = "EndEvent_PeriodLocked";
  public static final String END_EVALUATED = "EndEvent_PeriodEvaluated";

  private SkpPeriodicEvaluationProcess() {}
}
