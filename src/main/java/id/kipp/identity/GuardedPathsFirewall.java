package id.kipp.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} for requests under the paths our own security chains guard ({@code
 * /api}, the participant portal and its login and logout pages), by the raw or the decoded path; a pass-through for
 * all others (the Camunda webapps and {@code /engine-rest} keep their behaviour). Which requests need authentication
 * is decided by the security chains' matchers, not here: a request that gets past this class as "not under a prefix"
 * and still reaches a guarded handler is matched, and guarded, by its chain.
 */
final class GuardedPathsFirewall implements HttpFirewall {

  private final StrictHttpFirewall strict = new StrictHttpFirewall();
  private final List<String> prefixes;

  GuardedPathsFirewall(String... prefixes) {
    this.prefixes = List.of(prefixes);
  }

  @Override
  public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
    if (guarded(request)) {
      return strict.getFirewalledRequest(request);
    }
    return new FirewalledRequest(request) {
      @Override
      public void reset() {}
    };
  }

  @Override
  public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
    return strict.getFirewalledResponse(response);
  }

  private boolean guarded(HttpServletRequest request) {
    String uri = request.getRequestURI() == null ? "" : request.getRequestURI();
    String context = request.getContextPath() == null ? "" : request.getContextPath();
    String raw = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    String decoded = (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return prefixes.stream().anyMatch(prefix -> under(raw, prefix) || under(decoded, prefix));
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";");
  }
}
