package id.kinerjaflow.instansi;

/** Which deadline of a calendar an admin changes. */
public enum JenisTenggat { RENCANA, PERIODE, FINAL }
