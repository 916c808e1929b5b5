package id.kinerjaflow.organization;

/** The kind of unit, as the appraiser table distinguishes them. Sub-units carry their organisation's kind. */
public enum JenisUnit { PEMDA, SETDA, DINAS, RSUD, KECAMATAN, KELURAHAN, PUSKESMAS, SEKOLAH }
