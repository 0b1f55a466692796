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
final class HostileClient {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  record Answer(int status, JsonNode body, String raw) {
    String message() {
      return body == null ? raw : body.path("message").asText(raw);
    }
  }

  private final String base;

  HostileClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  Answer send(String user, String method, String path, Object body) {
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

  /** The REST API's {@code {"variables": {...}}} body for a form, files as base64 PDFs. */
  static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, variable(value)));
    return Map.of("variables", variables);
  }

  static Map<String, Object> variable(Object value) {
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
