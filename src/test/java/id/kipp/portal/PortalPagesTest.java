package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
 * The portal's pages and its login over plain HTTP, as a browser without JavaScript uses them (session cookie and
 * CSRF token by hand); the same in a real browser: {@link PortalBrowserTest}. Also checks that the other paths keep
 * their behaviour: public pages are not matched by the portal's security chain, the webapps and the REST API answer
 * as before.
 */
@SharedWebTest
class PortalPagesTest {

  static final String GROUP = "Perangkat Daerah";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate rest;

  private TestRestTemplate http() {
    return rest.withRedirects(Redirects.DONT_FOLLOW);
  }

  @Test
  void participantLogsInSeesOwnEntriesAndLogsOut() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POH").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    String other = driver.agencyParticipant("dishub", "Dinas Perhubungan Kota Uji", "a");
    String own = driver.register(participant, driver.registrationForm("Dinkes", GROUP, "Posyandu \"Ceria\" & Balita <5 Tahun"))
        .getBusinessKey();
    String theirs = driver.register(other, driver.registrationForm("Dishub", GROUP, "Rahasia Perhubungan"))
        .getBusinessKey();

    // not logged in: to the login page
    ResponseEntity<String> anonymous = http().getForEntity("/portal", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(path(anonymous)).isEqualTo("/masuk");

    Session session = login(participant, participant);
    assertThat(session.location()).isEqualTo("/portal");
    ResponseEntity<String> portal = session.get("/portal");
    assertThat(portal.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(portal.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    String page = portal.getBody();
    assertThat(page).contains("<html lang=\"id\"").contains("Dinas Kesehatan Kota Uji")
        .contains("id=\"entri-" + own + "\"")
        // text typed by a participant is escaped
        .contains("Posyandu &quot;Ceria&quot; &amp; Balita &lt;5 Tahun").doesNotContain("Balita <5")
        .contains("Seleksi administrasi")
        .doesNotContain("Rahasia Perhubungan").doesNotContain(theirs);
    // the logout form carries the CSRF token
    assertThat(page).contains("action=\"/keluar\"").contains("name=\"_csrf\"");

    // logout needs the token; then the session no longer opens the portal
    ResponseEntity<String> forged = session.post("/keluar", new LinkedMultiValueMap<>(), false);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(path(forged)).isEqualTo("/masuk?sesi");
    assertThat(session.get("/portal").getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<String> logout = session.post("/keluar", new LinkedMultiValueMap<>(), true);
    assertThat(path(logout)).isEqualTo("/masuk?keluar");
    ResponseEntity<String> after = session.get("/portal");
    assertThat(after.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    assertThat(path(after)).isEqualTo("/masuk");
    assertThat(http().getForEntity("/masuk?keluar", String.class).getBody()).contains("Anda telah keluar.");
  }

  @Test
  void wrongPasswordNonParticipantsAndParticipantsWithoutAgencyGetAnExplanation() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POJ").withJurors(1);
    String juror = driver.jurors.get(0);
    String failing = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "lupa");

    Session wrong = login(failing, "salah");
    assertThat(wrong.location()).isEqualTo("/masuk?gagal");
    assertThat(http().getForEntity("/masuk?gagal", String.class).getBody())
        .contains("Nama pengguna atau kata sandi salah.");

    Session jurorSession = login(juror, juror);
    ResponseEntity<String> refused = jurorSession.get("/portal");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody()).contains("Akses ditolak").contains("bukan akun peserta");

    driver.user(driver.code.toLowerCase() + "tanpainstansi", "peserta");
    Session alone = login(driver.code.toLowerCase() + "tanpainstansi", driver.code.toLowerCase() + "tanpainstansi");
    ResponseEntity<String> noAgency = alone.get("/portal");
    assertThat(noAgency.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(noAgency.getBody()).contains("id=\"tanpa-instansi\"").contains("belum terhubung dengan instansi");

    // a login without the CSRF token is refused, even with the right password
    ResponseEntity<String> noToken = http().postForEntity("/masuk",
        new HttpEntity<>(form(juror, juror, null), formHeaders(null)), String.class);
    assertThat(path(noToken)).isEqualTo("/masuk?sesi");
  }

  @Test
  void otherPathsKeepTheirBehaviour() {
    // the strict request firewall guards the portal's paths too
    assertThat(http().getForEntity("/portal;x=1", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // no other login page than /masuk, no chain for public pages (404 until someone serves them), the stylesheet
    assertThat(http().getForEntity("/login", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http().getForEntity("/css/kipp.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String open : List.of("/hasil", "/katalog")) {
      ResponseEntity<String> response = http().getForEntity(open, String.class);
      assertThat(response.getStatusCode()).as(open).isNotIn(HttpStatus.FOUND, HttpStatus.UNAUTHORIZED,
          HttpStatus.FORBIDDEN);
    }
    // the webapps and the engine's REST API as before
    assertThat(http().getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http().getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http().withBasicAuth("admin", "test-admin").getForEntity("/engine-rest/engine", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  // ---- a browser session by hand -----------------------------------------------------------------------------

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** Opens the login page (session cookie, CSRF token) and posts the form. */
  private Session login(String user, String password) {
    ResponseEntity<String> page = http().getForEntity("/masuk", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("Masuk ke Portal Peserta").contains("for=\"username\"");
    Session session = new Session();
    session.cookie = cookie(page, null);
    session.token = token(page.getBody());
    ResponseEntity<String> posted = http().postForEntity("/masuk",
        new HttpEntity<>(form(user, password, session.token), formHeaders(session.cookie)), String.class);
    assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.FOUND);
    session.cookie = cookie(posted, session.cookie);
    session.location = path(posted);
    return session;
  }

  /** A browser's session: its cookie and the CSRF token of the last page that had one. */
  private final class Session {
    String cookie;
    String token;
    String location;

    String location() {
      return location;
    }

    ResponseEntity<String> get(String path) {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookie);
      ResponseEntity<String> response = http().exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
      cookie = cookie(response, cookie);
      if (response.getBody() != null && CSRF.matcher(response.getBody()).find()) {
        token = token(response.getBody());
      }
      return response;
    }

    ResponseEntity<String> post(String path, MultiValueMap<String, String> form, boolean withToken) {
      if (withToken) {
        form.add("_csrf", token);
      }
      ResponseEntity<String> response = http().postForEntity(path, new HttpEntity<>(form, formHeaders(cookie)),
          String.class);
      cookie = cookie(response, cookie);
      return response;
    }
  }

  private static String token(String html) {
    Matcher matcher = CSRF.matcher(html);
    assertThat(matcher.find()).as("CSRF token in the page").isTrue();
    return matcher.group(1);
  }

  private static String cookie(ResponseEntity<?> response, String previous) {
    return response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .filter(header -> header.startsWith("JSESSIONID="))
        .map(header -> header.substring(0, header.indexOf(';'))).findFirst().orElse(previous);
  }

  private static MultiValueMap<String, String> form(String user, String password, String token) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    if (token != null) {
      form.add("_csrf", token);
    }
    return form;
  }

  private static HttpHeaders formHeaders(String cookie) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    return headers;
  }

  private static String path(ResponseEntity<?> response) {
    URI location = response.getHeaders().getLocation();
    assertThat(location).as("redirect").isNotNull();
    return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
  }
}
