package id.kipp.identity.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.kipp.shared.RuleViolation;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers of the engine's APIs ({@code /engine-rest}, and {@code /camunda/api} that the webapps use) in Bahasa
 * Indonesia, and never with a stack trace, SQL or a class name:
 *
 * <ul>
 *   <li>a rule violation (a form field the form does not have, a score out of range, ...) is HTTP 400 with just its
 *       Bahasa message — without the REST API's "Cannot submit task form &lt;id&gt;:" — and is logged at INFO
 *       without a stack trace;</li>
 *   <li>a refusal of the role (403), a missing resource (404) or malformed input (400) gets a Bahasa message;</li>
 *   <li>an unexpected error (5xx) gets a generic Bahasa message with a reference that is also in the log;</li>
 *   <li>a request body over {@code kipp.input.max-request-bytes} is refused with 413 before anything reads it.</li>
 * </ul>
 */
public class EngineApiErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiErrorFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String REFERENCE_ALPHABET = "0123456789BCDFGHJKMNPRTVWXYZ";

  private final long maxRequestBytes;

  public EngineApiErrorFilter(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    RequestRefusals.clear();
    try {
      if (request.getContentLengthLong() > maxRequestBytes) {
        write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge", tooLarge());
        return;
      }
      LimitedRequest limited = new LimitedRequest(request, maxRequestBytes);
      ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
      chain.doFilter(limited, capturing);
      if (limited.exceeded()) {
        capturing.discard();
        write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "RequestTooLarge", tooLarge());
      } else if (capturing.capturing()) {
        answer(request, response, capturing);
      }
    } finally {
      RequestRefusals.clear();
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response, ErrorCapturingResponse error)
      throws IOException {
    int status = error.status();
    JsonNode original = parse(error.body());
    String originalType = original == null ? null : original.path("type").asText(null);
    String originalMessage = original == null ? "" : original.path("message").asText("");
    String where = request.getMethod() + " " + request.getRequestURI();
    RuntimeException failure = RequestRefusals.last();
    RuleViolation violation = RequestRefusals.violation(failure);
    if (violation != null) {
      LOG.info("Ditolak (400) {} untuk {}: {}", where, RequestRefusals.user(), violation.getMessage());
      ObjectNode body = JSON.createObjectNode().put("type", "RuleViolation").put("message", violation.getMessage());
      violation.problems().forEach(body.putArray("problems")::add);
      write(response, HttpServletResponse.SC_BAD_REQUEST, body);
      return;
    }
    AccessRefused refused = findAccessRefused(failure);
    if (refused != null) {
      // the REST API wraps some refusals into a 500 ("Cannot instantiate process definition …"): it is a 403
      LOG.info("Ditolak (403) {} untuk {}: {}", where, RequestRefusals.user(), refused.getMessage());
      write(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", refused.getMessage());
      return;
    }
    if (original == null && error.body().length == 0 && status < 500) {
      error.replay(response); // e.g. 401 with the authentication challenge and no body
      return;
    }
    String reference = reference();
    String message;
    if (status >= 500 && isUnreadableModel(failure)) {
      // a BPMN, DMN or form that the engine cannot read (e.g. deployed from Modeler): the parser's own words help
      LOG.info("Ditolak (400) {} untuk {}: {}", where, RequestRefusals.user(), originalMessage);
      write(response, HttpServletResponse.SC_BAD_REQUEST, JSON.createObjectNode().put("type", "ParseException")
          .put("message", "Berkas tidak dapat dibaca oleh mesin proses dan tidak dipasang: " + originalMessage));
      return;
    }
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      message = "Anda tidak berwenang melakukan tindakan ini.";
      LOG.info("Ditolak (403) {} untuk {}: {}", where, RequestRefusals.user(), originalMessage);
    } else if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      message = "Masuk dengan nama pengguna dan kata sandi akun Anda.";
    } else if (status == HttpServletResponse.SC_NOT_FOUND) {
      message = "Data yang diminta tidak ditemukan.";
      LOG.info("Tidak ditemukan (404) {} [{}]: {}", where, reference, originalMessage);
    } else if (status < 500) {
      message = "Permintaan tidak dapat diproses karena data yang dikirim tidak sesuai (kode rujukan " + reference + ").";
      LOG.info("Ditolak ({}) {} [{}]: {}", status, where, reference, originalMessage);
    } else {
      message = "Terjadi kesalahan pada server. Silakan coba lagi; bila berulang, sampaikan kode rujukan " + reference
          + " kepada sekretariat.";
      LOG.error("Kesalahan tak terduga ({}) {} untuk {} [{}]: {}", status, where, RequestRefusals.user(), reference,
          originalMessage, failure);
    }
    ObjectNode body = JSON.createObjectNode().put("type", originalType == null ? "Error" : originalType)
        .put("message", message).put("reference", reference);
    write(response, status, body);
  }

  /** A parse or transform failure of a deployed model (BPMN, DMN, form): its message names the file and the line. */
  private static boolean isUnreadableModel(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      String name = cause.getClass().getSimpleName();
      if (name.equals("ParseException") || name.equals("DmnTransformException") || name.equals("ModelParseException")
          || name.equals("DmnModelException")) {
        return true;
      }
    }
    return false;
  }

  private static AccessRefused findAccessRefused(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof AccessRefused refused) {
        return refused;
      }
    }
    return null;
  }

  private String tooLarge() {
    return "Permintaan terlalu besar: paling besar " + (maxRequestBytes / (1024 * 1024)) + " MB.";
  }

  private static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
    write(response, status, JSON.createObjectNode().put("type", type).put("message", message));
  }

  private static void write(HttpServletResponse response, int status, ObjectNode body) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    byte[] bytes = JSON.writeValueAsBytes(body);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Twelve characters read out easily over the telephone: digits and consonants without vowels (no words) and without
   * L, Q, S (no "SQL" or other codes that look like an error's text, no 1/L or 5/S confusion).
   */
  private static String reference() {
    StringBuilder reference = new StringBuilder(12);
    for (int i = 0; i < 12; i++) {
      reference.append(REFERENCE_ALPHABET.charAt(RANDOM.nextInt(REFERENCE_ALPHABET.length())));
    }
    return reference.toString();
  }
}
