package id.kinerjaflow.planning;

/** The seven core values of BerAKHLAK, against which work behaviour is rated. */
public enum NilaiBerakhlak {
  BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF, KOLABORATIF
}
