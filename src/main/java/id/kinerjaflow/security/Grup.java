package id.kinerjaflow.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Camunda groups of the product; a user's groups are their Spring authorities. BKPSDM admins act only on
 * their own instansi, through its group {@code admin-bkpsdm-{kode}}; Camunda admins act on every instansi.
 */
public final class Grup {
  public static final String PEGAWAI = "pegawai";
  public static final String PENILAI = "penilai";
  public static final String ADMIN_BKPSDM = "admin-bkpsdm";
  public static final String AUDITOR = "auditor";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  /** The BKPSDM admins of one instansi, e.g. {@code admin-bkpsdm-sungai-penuh}: they run it and verify its SKP targets. */
  public static String adminInstansi(String instansiKode) { return ADMIN_BKPSDM + "-" + instansiKode; }

  /** A member of the instansi's own BKPSDM admin group. */
  public static boolean adminInstansi(Authentication auth, String instansiKode) { return anggota(auth, adminInstansi(instansiKode)); }

  /** Who administers an instansi: its BKPSDM admins and the Camunda admins. */
  public static boolean pengelola(Authentication auth, String instansiKode) {
    return adminInstansi(auth, instansiKode) || camundaAdmin(auth);
  }

  public static boolean camundaAdmin(Authentication auth) { return anggota(auth, CAMUNDA_ADMIN); }

  /** Who may read every SKP of an instansi: those who administer it, and auditors (who read everything). */
  public static boolean pembaca(Authentication auth, String instansiKode) {
    return pengelola(auth, instansiKode) || anggota(auth, AUDITOR);
  }

  private static boolean anggota(Authentication auth, String grup) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(grup::equals);
  }

  private Grup() {}
}
