package id.kinerjaflow.organization;

/** Position classes of the appraiser table (seed 000). */
public enum KelasJabatan {
  BUPATI,
  SEKRETARIS_DAERAH,
  KEPALA_PERANGKAT_DAERAH,
  JPT_PRATAMA,
  ADMINISTRATOR,
  PENGAWAS,
  PELAKSANA,
  FUNGSIONAL_AHLI_MADYA,
  FUNGSIONAL_AHLI_MUDA,
  FUNGSIONAL_AHLI_PERTAMA,
  FUNGSIONAL_KETERAMPILAN,
  KEPALA_UNIT_KERJA_MANDIRI,
  /** Teachers (guru): appraised in PMM (assessment-channel.dmn), by the principal (row 12). */
  GURU,
  /**
   * Education staff (tenaga kependidikan): school administration staff and other pelaksana at a school, school supervisors,
   * penilik, korwil pendidikan. They keep an SKP; at a school the principal appraises them (row 12).
   */
  TENAGA_KEPENDIDIKAN,
  TENAGA_KESEHATAN
}
