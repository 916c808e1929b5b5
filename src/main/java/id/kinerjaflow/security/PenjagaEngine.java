package id.kinerjaflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Deny by default on the engine's APIs, {@code /engine-rest/**} and the webapps' {@code /camunda/api/engine/**}: below
 * Camunda admin, a user reads (the engine's authorizations and tenants decide what), queries, comments on a task and claims
 * or returns a group task for themself; that is all Tasklist and Cockpit need. Every other write (bpmnError, variables,
 * completion, assignment, messages, modification, jobs, suspension, and whatever a later Camunda adds) answers 403: SKP
 * work goes through {@code /api}, which writes the domain and moves the process together.
 */
class PenjagaEngine extends OncePerRequestFilter {
  /** A path below the engine: {@code /engine-rest[/engine/{name}]} or {@code /camunda/api/engine/engine/{name}}. */
  private static final Pattern AKAR = Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");
  private static final Set<String> METODE_BACA = Set.of("GET", "HEAD", "OPTIONS");
  /** The resources that take their query as a POST body. */
  private static final Pattern KUERI = Pattern.compile("^/(task|process-instance|variable-instance|execution|job|external-task"
      + "|history/(process-instance|activity-instance|task|variable-instance|detail))(/count)?$"
      + "|^/group$|^/filter/[^/]+/(list|count|singleResult)$");
  private static final Pattern KOMENTAR = Pattern.compile("^/task/[^/]+/comment/create$");
  private static final Pattern KLAIM = Pattern.compile("^/task/([^/]+)/(claim|unclaim)$");
  private static final Pattern SELESAI = Pattern.compile("^/task/[^/]+/(complete|submit-form)$");
  /** An allowed write must name its path plainly: no encoding, path parameters or dot segments that could route elsewhere. */
  private static final Pattern POLOS = Pattern.compile("[A-Za-z0-9/_\\-]*");
  private static final List<String> TIMPA_METODE = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

  private final IdentityService identityService;
  private final TaskService taskService;
  private final ObjectMapper json = new ObjectMapper();

  PenjagaEngine(IdentityService identityService, TaskService taskService) {
    this.identityService = identityService;
    this.taskService = taskService;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher akar = AKAR.matcher(request.getRequestURI().substring(request.getContextPath().length()));
    String path = !akar.matches() || akar.group(1) == null ? "/" : akar.group(1);
    Pengguna pengguna = pengguna(request);
    // Without a login Camunda's own filters answer 401; a Camunda admin may do everything but complete an SKP task.
    if (!akar.matches() || pengguna == null || pengguna.grup().contains(Grup.CAMUNDA_ADMIN) && !SELESAI.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    String metode = TIMPA_METODE.stream().anyMatch(h -> request.getHeader(h) != null) ? "TIMPA" : request.getMethod();
    boolean tulisPolos = "POST".equals(metode) && POLOS.matcher(path).matches();
    if (METODE_BACA.contains(metode) || tulisPolos && (KUERI.matcher(path).matches() || KOMENTAR.matcher(path).matches())) {
      chain.doFilter(request, response);
      return;
    }
    Matcher klaim = KLAIM.matcher(path);
    if (tulisPolos && klaim.matches()) {
      BacaUlang isi = new BacaUlang(request);
      if (klaimSendiri(klaim.group(1), klaim.group(2), isi.body, pengguna.id())) {
        chain.doFilter(isi, response);
        return;
      }
    }
    SecurityConfig.problem(response, HttpServletResponse.SC_FORBIDDEN, "Akses ditolak", SELESAI.matcher(path).matches()
        ? "Tugas SKP diselesaikan melalui formulirnya di Tasklist atau API kinerja-flow (/api), agar data SKP ikut tersimpan."
        : "API engine hanya untuk membaca, mengomentari tugas, dan mengklaim tugas kelompok untuk diri sendiri. Pekerjaan SKP"
            + " dilakukan melalui formulir di Tasklist atau API kinerja-flow (/api); perubahan lain hanya oleh admin Camunda.");
  }

  /** Claim a task for oneself, or return one's own claimed group task to the group. The engine still checks the right to the task. */
  private boolean klaimSendiri(String taskId, String aksi, byte[] body, String user) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) return true; // the engine answers that it does not exist (or is not visible)
    if ("claim".equals(aksi)) {
      try {
        return user.equals(json.readTree(body).path("userId").asText(null)) && (task.getAssignee() == null || user.equals(task.getAssignee()));
      } catch (IOException e) {
        return false;
      }
    }
    return user.equals(task.getAssignee()) && taskService.getIdentityLinksForTask(taskId).stream()
        .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()));
  }

  private record Pengguna(String id, List<String> grup) {}

  /** Basic auth on {@code /engine-rest} (Camunda's filter ran before), or the webapp session. */
  private Pengguna pengguna(HttpServletRequest request) {
    var engine = identityService.getCurrentAuthentication();
    if (engine != null && engine.getUserId() != null) return new Pengguna(engine.getUserId(), engine.getGroupIds());
    HttpSession session = request.getSession(false);
    var auths = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (auths != null && auths.getAuthenticationForProcessEngine("default") instanceof UserAuthentication u) {
      return new Pengguna(u.getName(), List.copyOf(u.getGroupIds()));
    }
    return null;
  }

  /** A small JSON body read here and again by the engine. */
  private static final class BacaUlang extends HttpServletRequestWrapper {
    final byte[] body;

    BacaUlang(HttpServletRequest request) throws IOException {
      super(request);
      body = request.getInputStream().readNBytes(64 * 1024);
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public int read() { return in.read(); }
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
      };
    }

    @Override
    public BufferedReader getReader() { return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)); }
  }
}
