package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * The Camunda webapps' files this application replaces, served by the Spring Boot starter instead of the webjar's,
 * the time zone the webapps show dates in, and the Bahasa error pages that replace Spring Boot's Whitelabel page —
 * among them the refusal Camunda's webapp security filter gives the Pimpinan opening Cockpit. Over plain HTTP; the
 * same screens in a browser: {@link WebappBrowserTest}.
 */
@SharedWebTest
class WebappPagesTest {

  /** What an error page must never show (Spring's Whitelabel page, exception names, Camunda's English reason). */
  static final List<String> NEVER_ON_ERROR_PAGES = List.of("Whitelabel", "Exception", "exception", "trace",
      "No access rights", "Forbidden", "Not Found", "Internal Server Error", "rahasia-server");

  @Autowired
  TestRestTemplate rest;

  @Autowired
  ProcessEngine engine;

  @Autowired
  BasicErrorController errorController;

  @Autowired
  List<ViewResolver> viewResolvers;

  private TestRestTemplate http() {
    return rest.withRedirects(Redirects.DONT_FOLLOW);
  }

  @Test
  void starterServesTheApplicationsConfigLocaleAndStylesInsteadOfTheWebjars() {
    for (String webapp : List.of("tasklist", "admin", "welcome")) {
      String config = rest.getForObject("/camunda/app/" + webapp + "/scripts/config.js", String.class);
      assertThat(config).contains("availableLocales: ['id']").contains("fallbackLocale: 'id'")
          .contains("'../kipp/time-zone'").contains("'../kipp/bahasa'");
      ResponseEntity<String> locale = rest.getForEntity("/camunda/app/" + webapp + "/locales/id.json", String.class);
      assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(locale.getBody()).contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Masuk\"");
    }
    for (String webapp : List.of("tasklist", "admin", "welcome", "cockpit")) {
      assertThat(rest.getForObject("/camunda/app/" + webapp + "/styles/user-styles.css", String.class))
          .contains(".ce-eol-banner {\n  display: none !important;");
    }
    assertThat(rest.getForObject("/camunda/app/tasklist/scripts/config.js", String.class))
        .contains("description: 'Mengklaim tugas yang sedang dipilih'");
    assertThat(rest.getForEntity("/camunda/app/kipp/time-zone.js", String.class).getHeaders().getContentType())
        .isNotNull().matches(type -> type.toString().startsWith("text/javascript"));
  }

  @Test
  void webappsAreToldTheCompetitionsTimeZone() {
    ResponseEntity<String> zone = rest.getForEntity("/camunda/app/kipp/time-zone.json", String.class);
    assertThat(zone.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(zone.getBody()).isEqualTo("{\"zoneId\":\"Asia/Jakarta\",\"abbreviation\":\"WIB\"}");
  }

  @Test
  void pimpinanOpeningCockpitGetsTheBahasaRefusalPageNotWhitelabel() {
    CompetitionDriver driver = new CompetitionDriver(engine, "WPK");
    String head = driver.code.toLowerCase() + "pimpinan";
    driver.user(head, "pimpinan");
    String session = loginToTasklist(head);

    ResponseEntity<String> cockpit = http().exchange("/camunda/app/cockpit/default/", HttpMethod.GET,
        new HttpEntity<>(browserHeaders(session)), String.class);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cockpit.getBody()).contains("<html lang=\"id\"").contains("<h1>Akses ditolak</h1>")
        .contains("Camunda Cockpit hanya untuk sekretariat dan administrator")
        .contains("href=\"/camunda/app/tasklist/default/\"");
    assertThat(NEVER_ON_ERROR_PAGES).noneMatch(cockpit.getBody()::contains);

    // Admin the same way, with its own reason
    ResponseEntity<String> admin = http().exchange("/camunda/app/admin/default/", HttpMethod.GET,
        new HttpEntity<>(browserHeaders(session)), String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(admin.getBody()).contains("Camunda Admin hanya untuk administrator");
    // Tasklist still opens
    assertThat(http().exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
        new HttpEntity<>(browserHeaders(session)), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void unknownPageIsTheBahasaNotFoundPageAndApiClientsStillGetJson() {
    ResponseEntity<String> page = http().exchange("/halaman-yang-tidak-ada", HttpMethod.GET,
        new HttpEntity<>(browserHeaders(null)), String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(page.getBody()).contains("<h1>Halaman tidak ditemukan</h1>").contains("Kode kesalahan: 404")
        .contains("href=\"/camunda/app/tasklist/default/\"");
    assertThat(NEVER_ON_ERROR_PAGES).noneMatch(page.getBody()::contains);

    HttpHeaders json = new HttpHeaders();
    json.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> api = http().exchange("/halaman-yang-tidak-ada", HttpMethod.GET, new HttpEntity<>(json),
        String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(api.getHeaders().getContentType()).isNotNull()
        .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON));
    assertThat(api.getBody()).doesNotContain("trace").doesNotContain("exception").doesNotContain("message");
  }

  @Test
  void otherErrorsGetTheGenericBahasaPageWithTheirCode() {
    ResponseEntity<String> page = http().exchange("/hasil", HttpMethod.DELETE, new HttpEntity<>(browserHeaders(null)),
        String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
    assertThat(page.getBody()).contains("<h1>Permintaan tidak dapat diproses</h1>")
        .contains("Cara permintaan ini tidak diizinkan untuk alamat tersebut.").contains("Kode kesalahan: 405");
    assertThat(NEVER_ON_ERROR_PAGES).noneMatch(page.getBody()::contains);
  }

  @Test
  void serverErrorPageShowsNeitherMessageNorExceptionNorTrace() throws Exception {
    // what the servlet container hands to /error when a request failed with an exception
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/camunda/app/tasklist/default/");
    request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("rahasia-server: SQL ..."));
    request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "rahasia-server");
    request.addHeader(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE);
    MockHttpServletResponse response = new MockHttpServletResponse();

    ModelAndView answer = errorController.errorHtml(request, response);
    assertThat(answer.getViewName()).isEqualTo("error/500");
    assertThat(answer.getModel()).doesNotContainKeys("message", "exception", "trace");
    render(answer, request, response);

    String body = response.getContentAsString();
    assertThat(body).contains("<h1>Terjadi kesalahan pada server</h1>").contains("Kode kesalahan: 500")
        .contains("href=\"/camunda/app/tasklist/default/\"");
    assertThat(NEVER_ON_ERROR_PAGES).noneMatch(body::contains);
  }

  // ---- helpers --------------------------------------------------------------------------------------------------

  private void render(ModelAndView answer, MockHttpServletRequest request, MockHttpServletResponse response)
      throws Exception {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
    try {
      for (ViewResolver resolver : viewResolvers) {
        View view = resolver.resolveViewName(answer.getViewName(), Locale.forLanguageTag("id-ID"));
        if (view != null) {
          view.render(answer.getModel(), request, response);
          return;
        }
      }
      throw new AssertionError("no view for " + answer.getViewName());
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  /** Logs in to Tasklist as Camunda's login page does (CSRF cookie and header); returns the session cookies. */
  private String loginToTasklist(String user) {
    ResponseEntity<String> page = http().getForEntity("/camunda/app/tasklist/default/", String.class);
    String cookies = cookies(page.getHeaders(), null);
    String token = cookies.replaceAll(".*XSRF-TOKEN=([^;]*).*", "$1");
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookies);
    headers.add("X-XSRF-TOKEN", token);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    ResponseEntity<String> login = http().postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
        new HttpEntity<>(form, headers), String.class);
    assertThat(login.getStatusCode()).as("login of %s: %s", user, login.getBody()).isEqualTo(HttpStatus.OK);
    return cookies(login.getHeaders(), cookies);
  }

  /** The cookies a response sets, over those of an earlier one ({@code name=value; name=value}). */
  private static String cookies(HttpHeaders headers, String earlier) {
    java.util.Map<String, String> jar = new java.util.LinkedHashMap<>();
    if (earlier != null) {
      for (String cookie : earlier.split("; ")) {
        jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
      }
    }
    for (String set : headers.getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String cookie = set.split(";", 2)[0];
      jar.put(cookie.substring(0, cookie.indexOf('=')), cookie);
    }
    return String.join("; ", jar.values());
  }

  private static HttpHeaders browserHeaders(String cookies) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.ALL));
    if (cookies != null) {
      headers.add(HttpHeaders.COOKIE, cookies);
    }
    return headers;
  }
}
