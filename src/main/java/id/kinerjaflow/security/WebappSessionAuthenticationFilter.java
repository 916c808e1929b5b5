package id.kinerjaflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist forms call {@code /api/**} as the user logged in to the Camunda webapps: the
 * webapp session gives the user and groups. A changing request must carry the webapp's CSRF token
 * in {@code X-XSRF-TOKEN}, as Tasklist's own calls do; without it the session is not used. Camunda's XSRF cookie has
 * the path {@code /camunda/}, so the pages under {@code /app} ask for the token: a GET with {@code X-XSRF-TOKEN: Fetch}
 * answers it in the {@code X-XSRF-TOKEN} response header (same-origin only: no page of another site can read it).
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {
  private static final String ENGINE = "default";
  private static final String FETCH = "Fetch";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    HttpSession session = request.getSession(false);
    if (session != null && request.getHeader("Authorization") == null && csrfTokenValid(request, session)) {
      var auths = AuthenticationUtil.getAuthsFromSession(session);
      if (auths != null && auths.getAuthenticationForProcessEngine(ENGINE) instanceof UserAuthentication user) {
        var groups = user.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, groups));
        SecurityContextHolder.setContext(context);
        if (FETCH.equals(request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))
            && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token) {
          response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
        }
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean csrfTokenValid(HttpServletRequest request, HttpSession session) {
    if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) return true;
    Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
