package id.kipp.registration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code max-concurrent} registrations (start or submit of the entry process's start form, through the REST
 * API or Tasklist) are worked on at once on this node; further ones wait their turn, without a database connection,
 * for up to {@code gate-wait}, then get HTTP 503 with a Bahasa message. The limit is below the connection pool's size,
 * so a deadline rush never takes every connection and other users' requests keep being answered (docs/performance.md,
 * "Deadline rush").
 */
public class RegistrationGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationGate.class);
  static final String BUSY = "Server sedang menerima sangat banyak pendaftaran pada saat yang sama. Pendaftaran Anda"
      + " belum diproses dan belum tersimpan; silakan kirim ulang dalam beberapa saat.";
  private static final Pattern REGISTRATION = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)"
      + "/process-definition/(key/inovasi(/tenant-id/[^/]+)?|inovasi(:|%3A|%3a)[^/]*)/(start|submit-form)");

  private final Semaphore permits;
  private final Duration wait;

  public RegistrationGate(RegistrationCapacity capacity) {
    this.permits = new Semaphore(capacity.maxConcurrent(), true);
    this.wait = capacity.gateWait();
  }

  static boolean isRegistration(String method, String path) {
    return "POST".equals(method) && REGISTRATION.matcher(path).matches();
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !isRegistration(request.getMethod(), path);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean admitted;
    try {
      admitted = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      LOG.warn("Registration answered 503 after waiting {} ms for one of the places of kipp.registration.max-concurrent",
          wait.toMillis());
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "5");
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(new ObjectMapper().writeValueAsString(
          Map.of("type", "ServiceUnavailable", "message", BUSY)));
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      permits.release();
    }
  }
}
