package id.kinerjaflow.keberatan;

/** The decision on an objection: the predicate upheld, or changed. */
public enum Keputusan { DIKUATKAN, DIUBAH }
