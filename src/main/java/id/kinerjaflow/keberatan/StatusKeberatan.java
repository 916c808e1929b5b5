package id.kinerjaflow.keberatan;

/** Where an SKP's objection window stands. */
public enum StatusKeberatan {
  /** The final predicate is final; the employee may accept it or object until the window closes. */
  TERBUKA,
  /** The employee accepted the predicate. */
  DITERIMA,
  /** The window closed without an objection. */
  TIDAK_DIAJUKAN,
  /** Objected; waiting for the appraiser's response and the decision. */
  DIAJUKAN,
  /** The appraiser responded; waiting for the decision. */
  DITANGGAPI,
  /** Decided: final. */
  DIPUTUS
}
