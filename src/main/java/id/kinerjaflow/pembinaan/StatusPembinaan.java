package id.kinerjaflow.pembinaan;

/** TERBUKA: the appraiser's task is open; SELESAI: its date, discussion and agreed actions are recorded. */
public enum StatusPembinaan { TERBUKA, SELESAI }
