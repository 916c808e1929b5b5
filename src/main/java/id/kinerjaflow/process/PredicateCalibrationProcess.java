package id.kinerjaflow.process;

/**
 * Ids and variables of {@code bpmn/predicate-calibration.bpmn}: one instance per perangkat daerah and year, called after the
 * organisation's predicate is set, with {@link #INSTANSI_KODE}, {@link #UNIT_ID} (the perangkat daerah's UnitKerja id) and
 * {@link Variables#TAHUN}.
 */
public final class PredicateCalibrationProcess {
  public static final String PROCESS_ID = "predicate-calibration";
  public static final String INSTANSI_KODE = "instansiKode";
  public static final String UNIT_ID = "unitId";
  /** The perangkat daerah's name, for the task's title (set by ServiceTask_OpenCalibration). */
  public static final String UNIT_NAMA = "unitNama";
  public static final String TASK_OPEN = "ServiceTask_OpenCalibration";
  /** Waits for the final rating deadline of the year's calendar, so every final evaluation is rated or locked. */
  public static final String TIMER_FINAL_RATINGS_CLOSED = "Timer_FinalRatingsClosed";
  /** The Kepala Perangkat Daerah's task, "Kalibrasi Predikat Kinerja {tahun} — {perangkat daerah}". */
  public static final String TASK_CALIBRATE = "Task_CalibratePredicates";
  /** Makes every predicate of the perangkat daerah final and tells the waiting annual cycles. */
  public static final String TASK_FINALIZE = "ServiceTask_FinalizePredicates";
  public static final String END_PREDICATES_FINAL = "EndEvent_PredicatesFinal";

  private PredicateCalibrationProcess() {}
}
