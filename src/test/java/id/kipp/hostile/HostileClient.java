package id.kipp.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;

/** A client of the engine's REST API over real HTTP, as a user (HTTP Basic, password = user id) or anonymously. */
public final class HostileClient {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public record Answer(int status, JsonNode body, String raw) {
    public String message() {
      return body == null ? raw : body.path("message").asText(raw);
    }
  }

  private final String base;

  public HostileClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  public Answer send(String user, String method, String path, Object body) {
    try {
      byte[] bytes = body == null ? new byte[0] : body instanceof byte[] raw ? raw : JSON.writeValueAsBytes(body);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
          .method(method, bytes.length == 0 && body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofByteArray(bytes))
          .header("Content-Type", "application/json").header("Accept", "application/json");
      if (user != null) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
      }
      HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = response.body().isBlank() ? null : JSON.readTree(response.body());
      } catch (IOException e) {
        // not JSON
      }
      return new Answer(response.statusCode(), json, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Logs in to Tasklist as a browser does (session cookie, CSRF token) and sends one request to the webapps' engine
   * API ({@code /camunda/api/engine/engine/default/...}), the one Tasklist's forms submit to.
   */
  Answer asTasklist(String user, String method, String enginePath, Object body) {
    try {
      java.net.CookieManager cookies = new java.net.CookieManager();
      HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
      browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> login = browser.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token(cookies))
          .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (login.statusCode() != 200) {
        throw new IllegalStateException("Tasklist login of " + user + ": " + login.statusCode() + " " + login.body());
      }
      // the session changed at login: the next page brings the session's new CSRF token
      browser.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      HttpResponse<String> response = browser.send(HttpRequest.newBuilder(
              URI.create(base + "/camunda/api/engine/engine/default" + enginePath))
          .header("Content-Type", "application/json").header("Accept", "application/json")
          .header("X-XSRF-TOKEN", token(cookies))
          .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      try {
        json = JSON.readTree(response.body());
      } catch (IOException e) {
        // not JSON
      }
      return new Answer(response.statusCode(), json, response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String token(java.net.CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .reduce((first, second) -> second).map(java.net.HttpCookie::getValue).orElse("");
  }

  /** The REST API's {@code {"variables": {...}}} body for a form, files as base64 PDFs. */
  public static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, variable(value)));
    return Map.of("variables", variables);
  }

  public static Map<String, Object> variable(Object value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    if (value instanceof FileValue file) {
      try {
        variable.put("value", Base64.getEncoder().encodeToString(file.getValue().readAllBytes()));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
      variable.put("type", "File");
      variable.put("valueInfo", Map.of("filename", file.getFilename(), "mimetype", "application/pdf"));
    } else {
      variable.put("value", value);
    }
    return variable;
  }
}
