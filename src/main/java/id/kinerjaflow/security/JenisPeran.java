package id.kinerjaflow.security;

/** Roles granted to a login beyond what the directory says (pegawai, penilai). */
public enum JenisPeran {
  /** Administers one instansi; also joins {@code admin-bkpsdm-{kode}}. */
  ADMIN_BKPSDM(Grup.ADMIN_BKPSDM),
  /** Reads everything, changes nothing. */
  AUDITOR(Grup.AUDITOR),
  /** Administers every instansi and the engine. */
  CAMUNDA_ADMIN(Grup.CAMUNDA_ADMIN);

  final String grup;

  JenisPeran(String grup) { this.grup = grup; }
}
