package id.kipp.objection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor of the public pages over real HTTP, with its own cookies (the session that holds the CSRF token), sending
 * the objection form as a browser does (multipart, with the token of the page it got).
 */
final class PublicPageClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  PublicPageClient(int port) {
    this.base = "http://localhost:" + port;
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
  }

  /** The CSRF token of the form on {@code path}. */
  String csrf(String path) {
    Matcher matcher = CSRF.matcher(get(path).body());
    boolean found = matcher.find();
    if (!found) {
      // a page without the form (the period is over): the session's token from the confirmation page
      matcher = CSRF.matcher(get("/uji-publik/konfirmasi").body());
      found = matcher.find();
    }
    if (!found) {
      throw new AssertionError("no CSRF token on " + path);
    }
    return matcher.group(1);
  }

  /** Sends the objection form of the edition's page; {@code csrf} null: without a token. */
  HttpResponse<String> file(String editionKey, Map<String, String> fields, String filename, byte[] pdf,
      boolean withCsrf) {
    Map<String, String> all = new LinkedHashMap<>();
    if (withCsrf) {
      all.put("_csrf", csrf("/uji-publik/" + editionKey));
    }
    all.putAll(fields);
    String boundary = "----kipp" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> field : all.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + (filename == null ? "" : filename) + "\"\r\nContent-Type: "
          + (filename == null ? "application/octet-stream" : "application/pdf") + "\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      if (pdf != null) {
        body.write(pdf);
      }
      body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(HttpRequest.newBuilder(URI.create(base + "/uji-publik/" + editionKey))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
  }

  /** Opens the confirmation link and presses its button. */
  HttpResponse<String> confirm(String pathWithToken) {
    HttpResponse<String> page = get(pathWithToken);
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]*)\"").matcher(page.body());
    Matcher csrf = CSRF.matcher(page.body());
    if (!token.find() || !csrf.find()) {
      throw new AssertionError("no confirmation form on " + pathWithToken + ": " + page.body());
    }
    String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&token="
        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
    return send(HttpRequest.newBuilder(URI.create(base + "/uji-publik/konfirmasi"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
