package id.kinerjaflow.pembinaan;

/** The follow-up performance-follow-up.dmn answers with, other than TIDAK_ADA. */
public enum JenisPembinaan { BIMBINGAN, KONSELING }
