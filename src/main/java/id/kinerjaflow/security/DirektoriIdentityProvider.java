package id.kinerjaflow.security;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's identity reads the employee directory ({@link Direktori}): Tasklist, Cockpit, Admin, the engine REST API
 * and {@code /api} see the same users and groups, and there is no second user table. Read-only: employees
 * come from the directory (CSV import), passwords and roles through {@code /api}. Each instansi is a tenant
 * ({@link TenantInstansi}): its employees and its {@code admin-bkpsdm-{kode}} group belong to it; auditors and
 * Camunda admins to all.
 */
@Component
class DirektoriIdentityProvider extends AbstractProcessEnginePlugin implements SessionFactory {
  private final Direktori direktori;
  private final PenjagaMasuk penjaga;

  DirektoriIdentityProvider(Direktori direktori, PenjagaMasuk penjaga) {
    this.direktori = direktori;
    this.penjaga = penjaga;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(this);
  }

  @Override
  public Class<?> getSessionType() { return ReadOnlyIdentityProvider.class; }

  @Override
  public Session openSession() { return new Sesi(); }

  private class Sesi implements ReadOnlyIdentityProvider {
    @Override
    public User findUserById(String id) { return direktori.pengguna(id).map(DirektoriIdentityProvider::user).orElse(null); }

    @Override
    public UserQuery createUserQuery() { return new KueriPengguna(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired()); }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) { return new KueriPengguna(); }

    @Override
    public NativeUserQuery createNativeUserQuery() {
      throw new BadUserRequestException("Native user queries are not supported: users come from the employee directory.");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
      return penjaga.periksa(userId, password, direktori.pengguna(userId).isPresent());
    }

    @Override
    public Group findGroupById(String id) { return createGroupQuery().groupId(id).singleResult(); }

    @Override
    public GroupQuery createGroupQuery() { return new KueriGrup(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired()); }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) { return new KueriGrup(); }

    @Override
    public Tenant findTenantById(String id) { return createTenantQuery().tenantId(id).singleResult(); }

    @Override
    public TenantQuery createTenantQuery() { return new KueriTenant(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired()); }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) { return new KueriTenant(); }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private class KueriPengguna extends UserQueryImpl {
    KueriPengguna() {}

    KueriPengguna(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) { super(executor); }

    @Override
    public long executeCount(CommandContext commandContext) { return cari().count(); }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
      return halaman(cari().sorted(Comparator.comparing(Direktori.Pengguna::id)).map(DirektoriIdentityProvider::user), page);
    }

    private Stream<Direktori.Pengguna> cari() {
      if (tenantId != null || procDefId != null) return Stream.empty();
      Stream<Direktori.Pengguna> semua = id != null ? direktori.pengguna(id).stream()
          : ids != null ? direktori.pengguna(Arrays.asList(ids)).stream() : direktori.semua().stream();
      return semua
          .filter(p -> ids == null || Arrays.asList(ids).contains(p.id()))
          .filter(p -> groupId == null || p.grup().contains(groupId))
          .filter(cocok(firstName, firstNameLike, p -> namaDepan(p.nama())))
          .filter(cocok(lastName, lastNameLike, p -> namaBelakang(p.nama())))
          .filter(cocok(email, emailLike, Direktori.Pengguna::email));
    }
  }

  private class KueriGrup extends GroupQueryImpl {
    KueriGrup() {}

    KueriGrup(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) { super(executor); }

    @Override
    public long executeCount(CommandContext commandContext) { return cari().count(); }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
      return halaman(cari().map(DirektoriIdentityProvider::group), page);
    }

    private Stream<Direktori.GrupInfo> cari() {
      if (tenantId != null || procDefId != null) return Stream.empty();
      var anggota = userId == null ? null : direktori.pengguna(userId).map(Direktori.Pengguna::grup).orElse(Set.of());
      return direktori.grup().stream()
          .filter(g -> id == null || g.id().equals(id))
          .filter(g -> ids == null || Arrays.asList(ids).contains(g.id()))
          .filter(g -> type == null || g.jenis().equals(type))
          .filter(g -> anggota == null || anggota.contains(g.id()))
          .filter(cocok(name, nameLike, Direktori.GrupInfo::nama));
    }
  }

  private class KueriTenant extends TenantQueryImpl {
    KueriTenant() {}

    KueriTenant(org.camunda.bpm.engine.impl.interceptor.CommandExecutor executor) { super(executor); }

    @Override
    public long executeCount(CommandContext commandContext) { return cari().count(); }

    @Override
    public List<Tenant> executeList(CommandContext commandContext, Page page) {
      return halaman(cari().map(DirektoriIdentityProvider::tenant), page);
    }

    private Stream<Direktori.TenantInfo> cari() {
      Set<String> anggota = userId != null ? milikPengguna() : groupId != null ? direktori.tenantGrup(groupId) : null;
      return direktori.tenant().stream()
          .filter(t -> id == null || t.id().equals(id))
          .filter(t -> ids == null || Arrays.asList(ids).contains(t.id()))
          .filter(t -> anggota == null || anggota.contains(t.id()))
          .filter(cocok(name, nameLike, Direktori.TenantInfo::nama));
    }

    private Set<String> milikPengguna() {
      var pengguna = direktori.pengguna(userId);
      Set<String> milik = new HashSet<>(pengguna.map(direktori::tenantPengguna).orElse(Set.of()));
      if (includingGroups) pengguna.ifPresent(p -> p.grup().forEach(g -> milik.addAll(direktori.tenantGrup(g))));
      return milik;
    }
  }

  /** Equality or a SQL-like pattern ({@code %} any run of characters), ignoring case as the Camunda webapps expect. */
  private static <T> Predicate<T> cocok(String sama, String seperti, java.util.function.Function<T, String> nilai) {
    if (sama == null && seperti == null) return t -> true;
    Pattern pola = seperti == null ? null
        : Pattern.compile(Arrays.stream(seperti.split("%", -1)).map(Pattern::quote).reduce((a, b) -> a + ".*" + b).orElse(""),
            Pattern.CASE_INSENSITIVE);
    return t -> {
      String v = nilai.apply(t);
      return v != null && (sama == null || sama.equals(v)) && (pola == null || pola.matcher(v).matches());
    };
  }

  private static <T> List<T> halaman(Stream<T> hasil, Page page) {
    return page == null ? hasil.toList() : hasil.skip(page.getFirstResult()).limit(page.getMaxResults()).toList();
  }

  private static User user(Direktori.Pengguna p) {
    UserEntity u = new UserEntity(p.id());
    u.setFirstName(namaDepan(p.nama()));
    u.setLastName(namaBelakang(p.nama()));
    if (bolehLihatEmail(p.id())) u.setEmail(p.email());
    return u;
  }

  /** Names are shown to every user; an e-mail address to its owner, admins, auditors and the engine itself (reminders). */
  private static boolean bolehLihatEmail(String pemilik) {
    var auth = Context.getCommandContext() == null ? null : Context.getCommandContext().getAuthentication();
    if (auth == null || pemilik.equals(auth.getUserId())) return true;
    List<String> grup = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    return grup.contains(Grup.CAMUNDA_ADMIN) || grup.contains(Grup.ADMIN_BKPSDM) || grup.contains(Grup.AUDITOR);
  }

  private static Tenant tenant(Direktori.TenantInfo t) {
    TenantEntity e = new TenantEntity(t.id());
    e.setName(t.nama());
    return e;
  }

  private static Group group(Direktori.GrupInfo g) {
    GroupEntity e = new GroupEntity(g.id());
    e.setName(g.nama());
    e.setType(g.jenis());
    return e;
  }

  /** Camunda shows "first last": the name up to its last word, then the last word. */
  private static String namaDepan(String nama) {
    int spasi = nama.lastIndexOf(' ');
    return spasi < 0 ? nama : nama.substring(0, spasi);
  }

  private static String namaBelakang(String nama) {
    int spasi = nama.lastIndexOf(' ');
    return spasi < 0 ? "" : nama.substring(spasi + 1);
  }
}
