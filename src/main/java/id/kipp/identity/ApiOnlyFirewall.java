package id.kipp.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's {@link StrictHttpFirewall} for requests under one path prefix (by the raw or the decoded path), a
 * pass-through for all others. Which requests need authentication is decided by the security chain's matcher, not
 * here: a request that gets past this class as "not under the prefix" and still reaches an {@code /api} handler is
 * matched, and guarded, by that chain.
 */
final class ApiOnlyFirewall implements HttpFirewall {

  private final StrictHttpFirewall strict = new StrictHttpFirewall();
  private final String prefix;

  ApiOnlyFirewall(String prefix) {
    this.prefix = prefix;
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
    return under(raw) || under(decoded);
  }

  private boolean under(String path) {
    return path.equals(prefix) || path.startsWith(prefix + "/") || path.startsWith(prefix + ";");
  }
}
