package id.kinerjaflow.evaluation;

/** Rating of Hasil Kerja or Perilaku Kerja (input of performance-predicate.dmn). */
public enum Rating { DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI }
