package id.kipp.identity;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring Security guards the application's own API under {@code /api/**} (this chain) and the participant portal's
 * pages ({@link WebPageSecurityConfiguration}), and nothing else: the Camunda webapps ({@code /camunda/**}), the
 * engine's REST API ({@code /engine-rest/**}), the public pages and {@code /} keep their own behaviour. Since
 * {@link SecurityFilterChain}s are defined and an {@link org.springframework.security.authentication.AuthenticationProvider}
 * bean exists ({@link CamundaIdentityAuthenticationProvider}), Spring Boot adds neither its default chain (login page,
 * everything locked) nor a generated password.
 *
 * <p>Callers authenticate with HTTP Basic and their Camunda account, on every request (no session of this chain's own);
 * a GET request without credentials may instead come from a user logged in to the Camunda webapps (Cockpit's plugins,
 * {@link WebappSessionAuthenticationFilter}). Each endpoint is opened explicitly below; anything else under
 * {@code /api} is refused.
 */
@Configuration
public class ApiSecurityConfiguration {

  /** Groups that may download an edition's exports. */
  public static final String[] EXPORT_GROUPS = {"sekretariat", Groups.CAMUNDA_ADMIN};

  @Bean
  public SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, IdentityService identity) throws Exception {
    http.securityMatcher("/api/**")
        // the Camunda webapps' session (Cockpit's plugins), for GET requests without credentials
        .addFilterBefore(new WebappSessionAuthenticationFilter(identity), BasicAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(HttpMethod.GET, "/api/editions/*/scores.csv", "/api/editions/*/ranking.csv",
                "/api/editions/*/assignments.csv").hasAnyAuthority(EXPORT_GROUPS)
            .requestMatchers(HttpMethod.GET, "/api/entries/*/audit", "/api/entries/*/audit.csv")
            .hasAnyAuthority(EXPORT_GROUPS)
            // the edition dashboard (Cockpit plugin, id.kipp.dashboard)
            .requestMatchers(HttpMethod.GET, "/api/dashboard/editions", "/api/dashboard/editions/*",
                "/api/dashboard/editions/*/entries", "/api/dashboard/instances/*", "/api/dashboard/entries/*",
                "/api/dashboard/entries/*/documents/*").hasAnyAuthority(EXPORT_GROUPS)
            // a public objection's PDF, opened from the decision task "Putuskan sanggahan" (id.kipp.objection)
            .requestMatchers(HttpMethod.GET, "/api/uji-publik/sanggahan/*/lampiran").hasAnyAuthority(EXPORT_GROUPS)
            // a juror's proposal PDFs while scoring (JurorDocuments decides which)
            .requestMatchers(HttpMethod.GET, "/api/penilaian/*/dokumen/*").hasAuthority("juri")
            .requestMatchers(HttpMethod.POST, "/api/admin/processes/*/migrate").hasAuthority(Groups.CAMUNDA_ADMIN)
            .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/*").hasAnyAuthority(EXPORT_GROUPS)
            .requestMatchers(HttpMethod.POST, "/api/notifications/*/retry").hasAnyAuthority(EXPORT_GROUPS)
            // the innovation catalogue is public; replications are recorded by the secretariat or a participant
            // (for their own agency, checked in id.kipp.catalogue.Replications)
            .requestMatchers(HttpMethod.GET, "/api/catalogue", "/api/catalogue/*").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/catalogue/*/replications")
            .hasAnyAuthority("sekretariat", Groups.CAMUNDA_ADMIN, "peserta")
            // the participant portal's data: the caller's own agency only (id.kipp.portal)
            .requestMatchers(HttpMethod.GET, "/api/portal/entries")
            .hasAuthority(WebPageSecurityConfiguration.PARTICIPANT_GROUP)
            .anyRequest().denyAll())
        .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
          response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
          message(response, HttpServletResponse.SC_UNAUTHORIZED,
              "Masuk dengan nama pengguna dan kata sandi akun Camunda Anda.");
        }))
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler((request, response, e) ->
            message(response, HttpServletResponse.SC_FORBIDDEN, "Anda tidak berwenang mengakses data ini.")))
        // no session of its own, and the webapps' session left as it is: an authentication here must not change its
        // id (session fixation protection would, and the webapps' requests still in flight would then be refused)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // CSRF protection is for browsers that send a session cookie by themselves. This API keeps no session and
        // takes credentials only from the Authorization header (HTTP Basic) on each request. A browser may resend
        // Basic credentials typed at its login prompt, so the replication endpoint accepts only a JSON body, which a
        // cross-site form cannot send and a cross-site script cannot send without a CORS preflight (none allowed).
        .csrf(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * Spring Security's request firewall (which refuses e.g. encoded slashes, semicolons and control characters in
   * parameters) runs for every request, whichever chain matches. It is kept for the paths our chains guard: {@code
   * /api} and the web pages of {@link WebPageSecurityConfiguration}; other requests pass unchanged, as before Spring
   * Security was added.
   */
  @Bean
  public WebSecurityCustomizer guardedPathsFirewall() {
    return web -> web.httpFirewall(new GuardedPathsFirewall(
        Stream.of(Stream.of("/api"), WebPageSecurityConfiguration.PATHS.stream(),
            PublicFormSecurityConfiguration.PATHS.stream()).flatMap(paths -> paths).toArray(String[]::new)));
  }

  private static final String REALM = "Kompetisi Inovasi";

  private static void message(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"message\":\"" + message + "\"}");
  }
}
