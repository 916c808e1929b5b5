package id.kinerjaflow.planning;

public enum StatusSkp {
  /** The employee is drafting. */ DRAFT,
  /** Waiting for the appraiser's review (or, after approval, BKPSDM's verification). */ DIAJUKAN,
  /** Returned with notes by the appraiser (or by BKPSDM's verifier). */ DIKEMBALIKAN,
  /** Approved and set: the plan is final. */ DITETAPKAN
}
