package id.kinerjaflow.security;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Camunda groups of the product; a user's groups are their Spring authorities. */
public final class Grup {
  public static final String PEGAWAI = "pegawai";
  public static final String PENILAI = "penilai";
  public static final String ADMIN_BKPSDM = "admin-bkpsdm";
  public static final String AUDITOR = "auditor";
  public static final String CAMUNDA_ADMIN = "camunda-admin";

  private static final Set<String> ADMIN = Set.of(ADMIN_BKPSDM, CAMUNDA_ADMIN);
  private static final Set<String> PEMBACA_SEMUA = Set.of(ADMIN_BKPSDM, CAMUNDA_ADMIN, AUDITOR);

  public static boolean admin(Authentication auth) { return anggota(auth, ADMIN); }

  /** The BKPSDM admins of one instansi, e.g. {@code admin-bkpsdm-sungai-penuh}: they verify its SKP targets. */
  public static String adminInstansi(String instansiKode) { return ADMIN_BKPSDM + "-" + instansiKode; }

  public static boolean adminInstansi(Authentication auth, String instansiKode) { return anggota(auth, Set.of(adminInstansi(instansiKode))); }

  /** Admins and auditors may read every SKP. */
  public static boolean pembacaSemua(Authentication auth) { return anggota(auth, PEMBACA_SEMUA); }

  private static boolean anggota(Authentication auth, Set<String> grup) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(grup::contains);
  }

  private Grup() {}
}
