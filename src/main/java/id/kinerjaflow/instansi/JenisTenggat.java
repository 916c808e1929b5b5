package id.kinerjaflow.instansi;

/** Which deadline of a calendar an admin changes. */
public enum JenisTenggat {
  RENCANA, PERIODE, FINAL,
  /** The Kepala Perangkat Daerah's report of the organisation's achievement (a quarter or the year), by its urutan. */
  CAPAIAN_ORGANISASI
}
