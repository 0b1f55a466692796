package id.kipp.identity;

import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The application's own web pages that need a login: the participant portal ({@code /portal/**}), its login page
 * {@code /masuk} and logout {@code /keluar}. A browser session (cookie), form login with the Camunda account (the
 * one of Tasklist; {@link CamundaIdentityAuthenticationProvider}, authorities = Camunda group ids), CSRF protection on
 * (Thymeleaf puts the token into every form). Only members of {@value #PARTICIPANT_GROUP} open the portal; another
 * signed-in user gets the page {@code /portal/ditolak} with HTTP 403. The login at {@code /masuk} also logs the user in
 * to the Camunda webapps ({@link WebappSingleLogin}): the portal's links into Tasklist need no second login.
 *
 * <p>Public pages elsewhere (results, catalogue, {@code /css}) are matched by no chain and stay open; {@code /api/**}
 * is {@link ApiSecurityConfiguration}'s (HTTP Basic, no session); {@code /engine-rest} keeps its own login (HTTP Basic).
 */
@Configuration
public class WebPageSecurityConfiguration {

  /** The group whose members open the participant portal. */
  public static final String PARTICIPANT_GROUP = "peserta";

  /** Path prefixes of this chain (also guarded by the strict request firewall, see {@link GuardedPathsFirewall}). */
  public static final List<String> PATHS = List.of("/portal", "/masuk", "/keluar");

  static final String LOGIN = "/masuk";
  static final String LOGOUT = "/keluar";
  static final String REFUSED = "/portal/ditolak";
  /** The portal's registration form posts here ({@code /portal/daftar/<edition>}). */
  static final String REGISTRATION = "/portal/daftar/*";

  @Bean
  public SecurityFilterChain webPageSecurityFilterChain(HttpSecurity http, ProcessEngine engine) throws Exception {
    HttpSessionRequestCache savedPage = savedPage();
    http.securityMatcher("/portal", "/portal/**", LOGIN, LOGOUT)
        .authorizeHttpRequests(requests -> requests
            // the refusal page is shown by a forward from the access-denied handler; errors render as usual
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            .requestMatchers(LOGIN, LOGOUT).permitAll()
            .requestMatchers(HttpMethod.GET, "/portal", "/portal/**").hasAuthority(PARTICIPANT_GROUP)
            // the portal's registration form (CSRF token required, like every POST of this chain)
            .requestMatchers(HttpMethod.POST, REGISTRATION).hasAuthority(PARTICIPANT_GROUP)
            .anyRequest().denyAll())
        .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
            .usernameParameter("username").passwordParameter("password")
            .successHandler(new WebappSingleLogin(engine, savedPage, "/portal")).failureUrl(LOGIN + "?gagal"))
        .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?keluar"))
        // after the login, back to the page first asked for, without a "?continue" in its address
        .requestCache(cache -> cache.requestCache(savedPage))
        .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(accessDenied()))
        .httpBasic(AbstractHttpConfigurer::disable);
    return http.build();
  }

  private static HttpSessionRequestCache savedPage() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setMatchingRequestParameterName(null);
    return cache;
  }

  /**
   * A missing or stale CSRF token (a login page left open until its session expired) sends the browser back to the
   * login page with a message; any other refusal shows the refusal page with HTTP 403.
   */
  private static AccessDeniedHandler accessDenied() {
    AccessDeniedHandlerImpl refused = new AccessDeniedHandlerImpl();
    refused.setErrorPage(REFUSED);
    LinkedHashMap<Class<? extends AccessDeniedException>, AccessDeniedHandler> handlers = new LinkedHashMap<>();
    handlers.put(CsrfException.class, (request, response, e) ->
        response.sendRedirect(request.getContextPath() + LOGIN + "?sesi"));
    return new DelegatingAccessDeniedHandler(handlers, refused);
  }
}
