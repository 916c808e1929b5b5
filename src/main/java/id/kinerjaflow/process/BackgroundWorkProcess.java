package id.kinerjaflow.process;

/** Ids and variables of {@code bpmn/background-work.bpmn}. */
public final class BackgroundWorkProcess {
  public static final String PROCESS_ID = "background-work";
  public static final String TASK_DO_STEP = "ServiceTask_DoBackgroundStep";
  /** The kind of work: the {@code jenis()} of a LangkahLatar bean. */
  public static final String JENIS_PEKERJAAN = "jenisPekerjaan";
  /** The targets (strings: process instance ids, NIPs, …), and the one an element works on. */
  public static final String SASARAN = "sasaran";
  public static final String SASARAN_ID = "sasaranId";
  public static final String PEKERJAAN_LATAR_ID = "pekerjaanLatarId";
  /** Who asked for it: each step runs on their behalf (Cockpit's user operation log). */
  public static final String OLEH = "oleh";

  private BackgroundWorkProcess() {}
}
