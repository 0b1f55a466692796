package id.kipp.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Camunda webapps' logged-in user read the application's own API: a GET request under {@code /api} without an
 * {@code Authorization} header is authenticated as the user of the webapps' session (Cockpit's plugins call the API
 * from the browser with that session's cookie, they hold no password). The user's groups are read from the identity
 * service on every request, so a group removed in Camunda Admin counts at once; the same rules then decide as for
 * HTTP Basic. Only GET: nothing is written with a session cookie (no CSRF exposure); a cross-site page cannot read
 * the answers (no CORS) and the cookie is {@code SameSite=Lax}.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";
  /** The session attribute of the webapps' logins ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}, not public). */
  private static final String SESSION_KEY = "authenticatedUser";

  private final IdentityService identity;

  public WebappSessionAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String userId = HttpMethod.GET.matches(request.getMethod()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        ? sessionUser(request.getSession(false)) : null;
    if (userId != null && identity.createUserQuery().userId(userId).count() == 1) {
      List<GrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
          .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(group.getId())).toList();
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private static String sessionUser(HttpSession session) {
    if (session == null) {
      return null;
    }
    // read as AuthenticationUtil.getAuthsFromSession does, without its side effect (an empty entry stored in the session)
    Authentication user = session.getAttribute(SESSION_KEY) instanceof Authentications authentications
        ? authentications.getAuthenticationForProcessEngine(ENGINE) : null;
    return user == null ? null : user.getIdentityId();
  }
}
