package id.kinerjaflow.tindaklanjut;

/** The lists reward-sanction.dmn puts an ASN on (its output {@code daftar}; the test keeps both in step). */
public enum DaftarTindakLanjut { HUKUMAN_DISIPLIN, PREDIKAT_KURANG, DUA_TAHUN_DI_BAWAH_EKSPEKTASI, PENGHARGAAN }
