package id.kinerjaflow.process;

/** Process variable names shared by the BPMN files, the DMN and the Java side. */
public final class Variables {
  public static final String SKP_ID = "skpId";
  public static final String NIP = "nip";
  public static final String NAMA = "nama";
  /** Why ServiceTask_DetermineAppraiser found no appraiser (the PenilaiTidakDitemukan message); null when it found one. */
  public static final String ALASAN_TANPA_PENILAI = "alasanTanpaPenilai";
  public static final String TAHUN = "tahun";
  /** The position the cycle is for: the employee's own (DEFINITIF) or the head position they act in (PLT). */
  public static final String KEDUDUKAN = "kedudukan";
  /** The inputs of assessment-channel: that position's class and its unit's kind. */
  public static final String KELAS_JABATAN = "kelasJabatan";
  public static final String JENIS_UNIT = "jenisUnit";
  /** The output of assessment-channel: PMM or SKP, and the group of employees its rule names. */
  public static final String SALURAN = "saluran";
  public static final String KETERANGAN_SALURAN = "keteranganSaluran";
  /**
   * The calendar, and the calendar period, whose deadlines the timers and due dates read ({@code tenggatSkp}): how a
   * deadline change finds the processes to recalculate.
   */
  public static final String KALENDER_ID = "kalenderId";
  /** The instansi's time zone (e.g. Asia/Jakarta), for dates written to people. */
  public static final String ZONA_WAKTU = "zonaWaktu";
  public static final String KALENDER_PERIODE_ID = "kalenderPeriodeId";
  public static final String PERIODE_ID = "periodeId";
  /** "Januari–Februari 2024", or "Akhir Tahun 2024" for the final evaluation: shown in task names. */
  public static final String PERIODE_NAMA = "periodeNama";
  public static final String RENCANA_DISETUJUI = "rencanaDisetujui";
  /** Whether BKPSDM verifies the annual targets (from the calendar), and the verdict. */
  public static final String VERIFIKASI_TARGET = "verifikasiTarget";
  /** The instansi (kode) of the annual cycle: its Camunda tenant, and its BKPSDM admins (admin-bkpsdm-{instansi}) verify. */
  public static final String INSTANSI = "instansi";
  public static final String TARGET_DITERIMA = "targetDiterima";
  public static final String RATING_HASIL_KERJA = "ratingHasilKerja";
  public static final String RATING_PERILAKU = "ratingPerilaku";
  public static final String PREDIKAT = "predikat";

  private Variables() {}
}
