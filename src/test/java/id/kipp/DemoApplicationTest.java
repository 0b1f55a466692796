package id.kipp;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * The default run as a newcomer sees it: the demo edition with twelve entries waiting at screening, the demo users,
 * the webapps and the REST API answering, and every form resolvable from its deployment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-demo-test;DB_CLOSE_DELAY=-1", "camunda.bpm.job-execution.enabled=false"})
class DemoApplicationTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Test
  void demoEditionIsWaitingAtScreening() {
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("kompetisi")
        .processInstanceBusinessKey(DemoData.EDITION_KEY).count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("inovasi")
        .taskDefinitionKey("Task_Screen").taskCandidateGroup("sekretariat").count()).isEqualTo(12);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey("MALANG-2019-0001")
        .singleResult().getName()).contains("LAPO BRA");
    assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("juri").count()).isEqualTo(4);
    for (String user : new String[] {"admin", "sekretariat", "juri1", "juri4", "pimpinan", "dispussipda"}) {
      assertThat(engine.getIdentityService().checkPassword(user, user)).as(user).isTrue();
    }
    assertThat(engine.getFilterService().createFilterQuery().filterName("Tugas saya").count()).isEqualTo(1);
    assertThat(engine.getFilterService().createFilterQuery().filterName("Tugas grup").count()).isEqualTo(1);
  }

  @Test
  void webappsAndFormsAreServed() {
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> startForm = http.withBasicAuth("dispussipda", "dispussipda").getForEntity(
        "/engine-rest/process-definition/key/inovasi/deployed-start-form", String.class);
    assertThat(startForm.getStatusCode()).as(startForm.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(startForm.getBody()).contains("cam-variable-name=\"problemAnalysis\"");

    ResponseEntity<String> editionForm = http.withBasicAuth("sekretariat", "sekretariat").getForEntity(
        "/engine-rest/process-definition/key/kompetisi/deployed-start-form", String.class);
    assertThat(editionForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(editionForm.getBody()).contains("form-edisi-baru").contains("finalistsPerGroup");

    String taskId = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_Screen").list().get(0).getId();
    ResponseEntity<String> screeningForm = http.withBasicAuth("sekretariat", "sekretariat")
        .getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class);
    assertThat(screeningForm.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(screeningForm.getBody()).contains("form-seleksi-administrasi").contains("screeningOutcome");
  }

  @Test
  void restApiNeedsAUserAndAuthorizationsDecideWhatTheySee() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    // (a wrong password locks that account for a few seconds: use one no other check needs)
    assertThat(http.withBasicAuth("uptpkb", "salah").getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // the secretariat sees every entry; a participant sees none of them (not even its own running instances)
    assertThat(count("sekretariat", "/engine-rest/process-instance/count?processDefinitionKey=inovasi")).isEqualTo(12);
    assertThat(count("dispussipda", "/engine-rest/process-instance/count?processDefinitionKey=inovasi")).isZero();
    assertThat(count("dispussipda", "/engine-rest/task/count")).isZero();
    // a juror has no task before the assignment and cannot read any entry, history or decision
    assertThat(count("juri1", "/engine-rest/task/count")).isZero();
    assertThat(count("juri1", "/engine-rest/history/process-instance/count")).isZero();
    assertThat(count("juri1", "/engine-rest/history/variable-instance/count")).isZero();
    assertThat(count("sekretariat", "/engine-rest/task/count")).isGreaterThanOrEqualTo(12);
    // the Pimpinan only sees the sign-off when it exists; nothing else
    assertThat(count("pimpinan", "/engine-rest/task/count")).isZero();
    // a participant may not open an edition: it cannot even see the definition
    assertThat(http.withBasicAuth("dispussipda", "dispussipda").postForEntity(
        "/engine-rest/process-definition/key/kompetisi/start", Map.of(), String.class).getStatusCode().is4xxClientError())
        .isTrue();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("kompetisi").count())
        .isEqualTo(1);
  }

  @Test
  void eachRoleSeesItsTasklistFiltersWithCounts() {
    assertThat(filters("sekretariat")).containsExactly("Tugas grup:13", "Tugas saya:0");
    assertThat(filters("pimpinan")).containsExactly("Tugas grup:0", "Tugas saya:0");
    assertThat(filters("juri1")).containsExactly("Tugas saya:0");
    assertThat(filters("dispussipda")).containsExactly("Tugas saya:0");
    // no blanket "every filter" grant left for the roles: each filter is granted to the roles that use it
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.FILTER).resourceId("*")
        .groupIdIn("sekretariat", "juri", "peserta", "pimpinan").count()).isZero();
  }

  /** The filters {@code user} may read, "name:count", in Tasklist's order (by the filter's priority). */
  @SuppressWarnings("unchecked")
  private java.util.List<String> filters(String user) {
    ResponseEntity<java.util.List> response = http.withBasicAuth(user, user)
        .getForEntity("/engine-rest/filter?resourceType=Task&itemCount=true", java.util.List.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return ((java.util.List<Map<String, Object>>) response.getBody()).stream()
        .sorted(java.util.Comparator.comparingInt(filter -> ((Number) ((Map<String, Object>) filter.get("properties"))
            .get("priority")).intValue()))
        .map(filter -> filter.get("name") + ":" + filter.get("itemCount")).toList();
  }

  private long count(String user, String path) {
    ResponseEntity<Map> response = http.withBasicAuth(user, user).getForEntity(path, Map.class);
    assertThat(response.getStatusCode()).as(path + " as " + user).isEqualTo(HttpStatus.OK);
    return ((Number) response.getBody().get("count")).longValue();
  }

  @Test
  void healthAndProbesAnswerWithoutLogin() {
    for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
      ResponseEntity<Map> health = http.getForEntity(path, Map.class);
      assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(health.getBody()).as(path).containsEntry("status", "UP");
    }
  }

  /** Logs in to a Camunda webapp as the browser does (CSRF token from the page's cookie); returns the HTTP status. */
  private HttpStatusCode webappLogin(String user, String app, boolean withCsrfToken) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
    // the token belongs to the session: send back every cookie of the page (session and XSRF-TOKEN)
    java.util.List<String> cookies = page.getHeaders().getOrEmpty(org.springframework.http.HttpHeaders.SET_COOKIE).stream()
        .map(header -> header.substring(0, header.indexOf(';'))).toList();
    String token = cookies.stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .substring("XSRF-TOKEN=".length());
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(org.springframework.http.HttpHeaders.COOKIE, String.join("; ", cookies));
    if (withCsrfToken) {
      headers.add("X-XSRF-TOKEN", token);
    }
    org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", user);
    return http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new org.springframework.http.HttpEntity<>(form, headers), String.class).getStatusCode();
  }

  @Test
  void eachRoleReachesOnlyItsWebappsAndCsrfProtectionIsOn() {
    assertThat(webappLogin("sekretariat", "cockpit", true)).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("sekretariat", "tasklist", true)).isEqualTo(HttpStatus.OK);
    assertThat(webappLogin("sekretariat", "admin", true)).isEqualTo(HttpStatus.FORBIDDEN);
    for (String user : new String[] {"juri2", "dinkes", "pimpinan"}) {
      assertThat(webappLogin(user, "tasklist", true)).as(user).isEqualTo(HttpStatus.OK);
      assertThat(webappLogin(user, "cockpit", true)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(webappLogin(user, "admin", true)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(webappLogin("admin", "admin", true)).isEqualTo(HttpStatus.OK);
    // without the CSRF token even a correct login is refused
    assertThat(webappLogin("admin", "admin", false)).isEqualTo(HttpStatus.FORBIDDEN);
  }
}
