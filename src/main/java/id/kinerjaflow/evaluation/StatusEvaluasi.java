package id.kinerjaflow.evaluation;

public enum StatusEvaluasi {
  /** The period has not ended and nothing was reported. */ MENUNGGU,
  /** The employee reported; waiting for the appraiser's rating. */ DILAPORKAN,
  /** Rated; the predicate is set. */ DINILAI,
  /** The deadline passed before the rating: locked, not evaluated. */ TIDAK_DINILAI
}
