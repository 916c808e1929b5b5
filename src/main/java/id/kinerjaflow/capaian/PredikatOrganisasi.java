package id.kinerjaflow.capaian;

/** The organisation's (or unit's) own predicate, set by the leader one level up (SE MenPANRB 3/2023), best first. */
public enum PredikatOrganisasi { ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG }
