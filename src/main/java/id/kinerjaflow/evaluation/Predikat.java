package id.kinerjaflow.evaluation;

/** Performance predicate (output of performance-predicate.dmn), best first. */
public enum Predikat { SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG }
