package id.kinerjaflow.planning;

public enum StatusSkp {
  /** The employee is drafting. */ DRAFT,
  /** Waiting for the appraiser's review. */ DIAJUKAN,
  /** Returned by the appraiser with notes. */ DIKEMBALIKAN,
  /** Approved and set: the plan is final. */ DITETAPKAN
}
