package id.kinerjaflow.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who can log in, read from the employee directory: every active employee (login = NIP) and the first admin
 * from configuration. Groups follow from the data: {@code pegawai} for every employee, {@code penilai} for unit
 * heads, acting officials (Plt/Plh) and appraisers of an SKP, and the roles granted in {@link Peran}.
 */
@Component
public class Direktori {
  /** {@code instansi}: the employee's instansi (kode), null for the first admin. */
  public record Pengguna(String id, String nama, String email, String instansi, Set<String> grup) {}

  public record GrupInfo(String id, String nama, String jenis) {}

  /** A Camunda tenant per instansi: its cycles, tasks and history belong to it. */
  public record TenantInfo(String id, String nama) {}

  // One row per employee and granted role, in one query (every Basic request looks its user up). "Appraises an SKP"
  // per row by its index (ix_skp_penilai): a lookup of one user must not read every SKP.
  private static final String PEGAWAI = """
      select p.nip, p.nama, p.email, i.kode instansi, case when j.kepala_unit or p.plt_unit_id is not null
        or exists (select 1 from skp s where s.penilai_id = p.id) then 1 else 0 end penilai, r.peran, ri.kode peran_instansi
      from pegawai p join jabatan j on j.id = p.jabatan_id join instansi i on i.id = p.instansi_id
        left join peran r on r.pengguna = p.nip left join instansi ri on ri.id = r.instansi_id
      where p.aktif = true""";

  private final JdbcTemplate jdbc;
  private final AdminPertama adminPertama;

  Direktori(JdbcTemplate jdbc, AdminPertama adminPertama) {
    this.jdbc = jdbc;
    this.adminPertama = adminPertama;
  }

  public Optional<Pengguna> pengguna(String id) {
    if (id == null) return Optional.empty();
    return muat(List.of(id)).stream().findFirst();
  }

  /** The users of these logins (in one query: Tasklist's lists embed the assignees of a page). */
  public List<Pengguna> pengguna(Collection<String> ids) { return ids.isEmpty() ? List.of() : muat(List.copyOf(ids)); }

  public List<Pengguna> semua() { return muat(null); }

  public List<GrupInfo> grup() {
    List<GrupInfo> grup = new ArrayList<>(List.of(
        new GrupInfo(Grup.PEGAWAI, "Pegawai ASN", "WORKFLOW"),
        new GrupInfo(Grup.PENILAI, "Pejabat Penilai Kinerja", "WORKFLOW"),
        new GrupInfo(Grup.ADMIN_BKPSDM, "Admin BKPSDM", "WORKFLOW"),
        new GrupInfo(Grup.AUDITOR, "Auditor", "WORKFLOW"),
        new GrupInfo(Grup.CAMUNDA_ADMIN, "Administrator Camunda", "SYSTEM")));
    jdbc.query("select kode, nama from instansi order by kode", rs -> {
      grup.add(new GrupInfo(Grup.adminInstansi(rs.getString(1)), "Admin BKPSDM " + rs.getString(2), "WORKFLOW"));
    });
    return grup;
  }


  /** {@code hanya}: these logins, or null for all. */
  private List<Pengguna> muat(List<String> hanya) {
    String saring = hanya == null ? "" : " and p.nip in (" + String.join(",", Collections.nCopies(hanya.size(), "?")) + ")";
    Object[] args = hanya == null ? new Object[0] : hanya.toArray();
    Map<String, Pengguna> hasil = new java.util.LinkedHashMap<>();
    jdbc.query(PEGAWAI + saring + " order by p.nip", rs -> {
      Pengguna p = hasil.get(rs.getString("nip"));
      if (p == null) {
        Set<String> grup = new LinkedHashSet<>();
        grup.add(Grup.PEGAWAI);
        if (rs.getInt("penilai") == 1) grup.add(Grup.PENILAI);
        p = new Pengguna(rs.getString("nip"), rs.getString("nama"), rs.getString("email"), rs.getString("instansi"), grup);
        hasil.put(p.id(), p);
      }
      if (rs.getString("peran") != null) { // a role's group; a BKPSDM admin also gets the group of their instansi
        JenisPeran jenis = JenisPeran.valueOf(rs.getString("peran"));
        p.grup().add(jenis.grup);
        if (jenis == JenisPeran.ADMIN_BKPSDM) p.grup().add(Grup.adminInstansi(rs.getString("peran_instansi")));
      }
    }, args);
    String admin = adminPertama.id();
    if (hanya == null || hanya.contains(admin)) {
      hasil.merge(admin, new Pengguna(admin, adminPertama.nama(), null, null, Set.of(Grup.CAMUNDA_ADMIN)), (p, a) -> {
        p.grup().add(Grup.CAMUNDA_ADMIN);
        return p;
      });
    }
    return new ArrayList<>(hasil.values());
  }

  public List<TenantInfo> tenant() {
    return jdbc.query("select kode, nama from instansi order by kode", (rs, i) -> new TenantInfo(rs.getString(1), rs.getString(2)));
  }

  /** The tenants a user sees: their own instansi; auditors and Camunda admins every instansi. */
  public Set<String> tenantPengguna(Pengguna p) {
    if (p.grup().contains(Grup.AUDITOR) || p.grup().contains(Grup.CAMUNDA_ADMIN)) {
      return tenant().stream().map(TenantInfo::id).collect(java.util.stream.Collectors.toSet());
    }
    return p.instansi() == null ? Set.of() : Set.of(p.instansi());
  }

  /**
   * A group's tenant: the instansi named by an {@code admin-bkpsdm-{kode}} group, without asking the database (whoever
   * lists tenants filters {@link #tenant()}, so a kode no instansi has matches nothing).
   */
  public Set<String> tenantGrup(String grup) {
    String awalan = Grup.adminInstansi("");
    return grup.startsWith(awalan) && grup.length() > awalan.length() ? Set.of(grup.substring(awalan.length())) : Set.of();
  }
}
