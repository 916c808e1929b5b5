package id.kinerjaflow.security;

import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import java.util.Map;
import java.util.function.BiPredicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Every API needs a login. {@code /api/**}: HTTP Basic against the Camunda identity (the employee directory, see
 * {@link DirektoriIdentityProvider}), with the
 * user's Camunda groups as authorities, or the Camunda webapp session of a Tasklist form. {@code /engine-rest/**}: Camunda's own Basic filter, so
 * engine authorizations apply. The webapps ({@code /camunda/**}) use their own login.
 */
@Configuration
class SecurityConfig {

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.securityMatcher("/api/**")
        .authorizeHttpRequests(a -> a
            .requestMatchers(HttpMethod.POST, "/api/instansi").hasAuthority(Grup.CAMUNDA_ADMIN)
            // An instansi is administered by its own BKPSDM admins only: another instansi's admin gets 403.
            // Also read by a Kepala Perangkat Daerah for their own units: the controller narrows (organization.LingkupUnit).
            .requestMatchers(HttpMethod.GET, "/api/instansi/{kode}/tpp", "/api/instansi/{kode}/dokumen",
                "/api/instansi/{kode}/kinerja-organisasi", "/api/instansi/{kode}/distribusi",
                "/api/instansi/{kode}/pembinaan").authenticated()
            .requestMatchers(HttpMethod.GET, "/api/instansi/{kode}/**").access(instansi(Grup::pembaca))
            .requestMatchers("/api/instansi/{kode}/**").access(instansi(Grup::pengelola))
            .requestMatchers(HttpMethod.POST, "/api/siklus").hasAnyAuthority(Grup.ADMIN_BKPSDM, Grup.CAMUNDA_ADMIN)
            .anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> problem(res, HttpServletResponse.SC_UNAUTHORIZED,
            "Tidak terautentikasi", "Masuk dengan NIP dan kata sandi (HTTP Basic).")))
        .exceptionHandling(x -> x.accessDeniedHandler((req, res, e) -> problem(res, HttpServletResponse.SC_FORBIDDEN,
            "Akses ditolak", "Peran Anda tidak berhak melakukan tindakan ini.")))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        // The webapp session belongs to Camunda: the API neither creates nor renews it.
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .csrf(c -> c.disable())
        .build();
  }

  /**
   * The OpenAPI description of {@code /api} and its Swagger UI (springdoc, web/OpenApiKonfigurasi) for anyone logged in:
   * integrators with HTTP Basic, people with their webapp session (the "API" entry of /app). A browser without a
   * session goes to /app, which sends it to the login.
   */
  @Bean
  @Order(1)
  SecurityFilterChain dokumentasiApi(HttpSecurity http) throws Exception {
    return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
        .authorizeHttpRequests(a -> a.anyRequest().authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> {
          if (req.getRequestURI().contains("/swagger-ui")) res.sendRedirect(req.getContextPath() + "/app/");
          else problem(res, HttpServletResponse.SC_UNAUTHORIZED, "Tidak terautentikasi", "Masuk dengan NIP dan kata sandi (HTTP Basic).");
        }))
        .addFilterBefore(new WebappSessionAuthenticationFilter(), BasicAuthenticationFilter.class)
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
        .csrf(c -> c.disable())
        .build();
  }

  /** The webapps and the engine REST API authenticate through Camunda's own filters; {@link PenjagaEngine} limits what they change. */
  @Bean
  @Order(2)
  SecurityFilterChain camunda(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .headers(h -> h.frameOptions(f -> f.sameOrigin()))
        .build();
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  /** After Camunda has authenticated the caller. */
  @Bean
  FilterRegistrationBean<PenjagaEngine> penjagaEngine(IdentityService identityService, TaskService taskService) {
    FilterRegistrationBean<PenjagaEngine> registration = new FilterRegistrationBean<>(new PenjagaEngine(identityService, taskService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  /** BCrypt; tests lower the cost ({@code kinerja.bcrypt-kekuatan}) as every API call checks the password. */
  @Bean
  PasswordEncoder passwordEncoder(@Value("${kinerja.bcrypt-kekuatan:10}") int kekuatan) {
    return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(kekuatan)));
  }

  @Bean
  AuthenticationProvider camundaIdentity(IdentityService identityService) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication auth) {
        String user = auth.getName();
        String password = String.valueOf(auth.getCredentials());
        if (!identityService.checkPassword(user, password)) throw new BadCredentialsException("NIP atau kata sandi salah");
        var groups = identityService.createGroupQuery().groupMember(user).list().stream()
            .map(g -> new SimpleGrantedAuthority(g.getId())).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, groups);
      }

      @Override
      public boolean supports(Class<?> type) { return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type); }
    };
  }

  /** Decides on the {@code {kode}} of the request path. */
  private static AuthorizationManager<RequestAuthorizationContext> instansi(BiPredicate<Authentication, String> boleh) {
    return (auth, ctx) -> new AuthorizationDecision(boleh.test(auth.get(), ctx.getVariables().get("kode")));
  }

  static void problem(HttpServletResponse res, int status, String title, String detail) throws java.io.IOException {
    res.setStatus(status);
    res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    res.setCharacterEncoding("UTF-8");
    res.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\"" + detail + "\"}");
  }
}
