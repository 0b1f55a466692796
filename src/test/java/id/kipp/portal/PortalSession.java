package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser's session with the portal by hand, as a browser without JavaScript uses it: the session cookie, and the
 * CSRF token of the last page that had one; redirects are not followed.
 */
final class PortalSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final TestRestTemplate http;
  String cookie;
  String token;
  String location;

  private PortalSession(TestRestTemplate rest) {
    this.http = rest.withRedirects(Redirects.DONT_FOLLOW);
  }

  /** Opens the login page (session cookie, CSRF token) and posts the form. */
  static PortalSession login(TestRestTemplate rest, String user, String password) {
    PortalSession session = new PortalSession(rest);
    ResponseEntity<String> page = session.get("/masuk");
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    ResponseEntity<String> posted = session.post("/masuk", form, MediaType.APPLICATION_FORM_URLENCODED, true);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    session.location = path(posted);
    return session;
  }

  ResponseEntity<String> get(String path) {
    HttpHeaders headers = new HttpHeaders();
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    cookie = cookie(response, cookie);
    if (response.getBody() != null) {
      Matcher matcher = CSRF.matcher(response.getBody());
      if (matcher.find()) {
        token = matcher.group(1);
      }
    }
    return response;
  }

  /** Posts a form ({@code multipart/form-data} or url-encoded), with or without the CSRF token. */
  ResponseEntity<String> post(String path, MultiValueMap<String, Object> form, MediaType type, boolean withToken) {
    if (withToken) {
      form.add("_csrf", token);
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    ResponseEntity<String> response = http.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    cookie = cookie(response, cookie);
    return response;
  }

  private static String cookie(ResponseEntity<?> response, String previous) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(header -> header.startsWith("JSESSIONID="))
        .map(header -> header.substring(0, header.indexOf(';'))).findFirst().orElse(previous);
  }

  static String path(ResponseEntity<?> response) {
    URI location = response.getHeaders().getLocation();
    assertThat(location).as("redirect").isNotNull();
    return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
  }
}
