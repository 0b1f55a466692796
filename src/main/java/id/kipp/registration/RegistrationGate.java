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
 * API, Tasklist or the participant portal's form {@code /portal/daftar/<edition>}) are worked on at once on this node; further ones wait their turn, without a database connection,
 * for up to {@code gate-wait}, then get HTTP 503 with a Bahasa message. The limit is below the connection pool's size,
 * so a deadline rush never takes every connection and other users' requests keep being answered (docs/performance.md,
 * "Deadline rush").
 */
public class RegistrationGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RegistrationGate.class);
  static final String BUSY = "Server sedang menerima sangat banyak pendaftaran pada saat yang sama. Pendaftaran Anda"
      + " belum diproses dan belum tersimpan; silakan kirim ulang dalam beberapa saat.";
  private static final String PORTAL = "/portal/daftar/";
  private static final Pattern REGISTRATION = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)"
      + "/process-definition/(key/inovasi(/tenant-id/[^/]+)?|inovasi(:|%3A|%3a)[^/]*)/(start|submit-form)"
      // the participant portal's own registration form
      + "|" + PORTAL + "[^/]+");

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
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (request.getRequestURI().substring(request.getContextPath().length()).startsWith(PORTAL)) {
        // a browser's form post: a page it shows, with the way back (the browser's back button keeps the fields)
        response.setContentType("text/html");
        response.getWriter().write("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>Server sibuk"
            + "</title></head><body><main><h1>Server sibuk</h1><p id=\"pesan-sibuk\">" + BUSY + "</p><p>Tekan tombol"
            + " <em>Kembali</em> pada peramban: isian Anda masih ada di formulir.</p></main></body></html>");
        return;
      }
      response.setContentType("application/json");
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
