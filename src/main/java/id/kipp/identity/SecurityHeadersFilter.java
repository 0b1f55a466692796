package id.kipp.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the application's own pages and APIs (portal, results, catalogue, login, {@code /api},
 * {@code /engine-rest}): a Content Security Policy that allows only the application's own scripts, styles and images
 * and no framing, no MIME sniffing, and no full address in the Referer sent to other sites. The Camunda webapps under
 * {@code /camunda} set their own headers (Camunda's header security, {@code camunda.bpm.webapp.header-security.*}).
 * HSTS is added where TLS ends at the application or the proxy says the request came over HTTPS
 * ({@code kipp.security.hsts}); see docker/nginx.conf.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
      + "form-action 'self'";

  private final boolean hsts;

  public SecurityHeadersFilter(boolean hsts) {
    this.hsts = hsts;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/camunda") || path.startsWith("/camunda/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (hsts && request.isSecure()) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }
}
