package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * 100 running entries move to a new version of the entry process; none is lost or altered. Entries waiting at an
 * activity the new version no longer has stay on their version and are reported.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-migration-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class MigrationTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  @Test
  void runningEntriesMoveToTheLatestVersion() {
    CompetitionDriver driver = new CompetitionDriver(engine, "MIGRASI");
    driver.withJurors(1);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    List<ProcessInstance> entries = new ArrayList<>();
    for (int i = 0; i < 102; i++) {
      entries.add(driver.register(driver.participant("p" + i),
          driver.registrationForm("Instansi " + i, "Perangkat Daerah", "Layanan " + i)));
    }
    // two entries are waiting for their revision
    for (ProcessInstance entry : entries.subList(100, 102)) {
      driver.screen(entry, "PERBAIKAN", "Lengkapi berkas.");
    }
    String oldDefinition = entries.get(0).getProcessDefinitionId();
    Map<String, String> taskIds = new java.util.HashMap<>();
    entries.subList(0, 100).forEach(entry -> taskIds.put(entry.getId(), driver.task(entry, "Task_Screen").getId()));

    // version 2: the screening task is renamed; the revision task got another id (no counterpart for waiting entries)
    String v2 = Forms.text("processes/inovasi.bpmn")
        .replace("name=\"Seleksi administrasi\"", "name=\"Seleksi administrasi berkas\"")
        .replace("Task_Revise", "Task_ReviseRegistration");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "inovasi v2");
    body.add("data", file("processes/inovasi.bpmn", v2));
    body.add("form", file("forms/pendaftaran-inovasi.html", Forms.text("forms/pendaftaran-inovasi.html")));
    assertThat(http.withBasicAuth("admin", "test-admin").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(http.withBasicAuth(driver.code.toLowerCase() + "sekretariat", driver.code.toLowerCase() + "sekretariat")
        .postForEntity("/api/admin/processes/inovasi/migrate", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "test-admin")
        .postForEntity("/api/admin/processes/inovasi/migrate", null, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(report.get("migrated").asInt()).isEqualTo(100);
    assertThat(report.get("failures")).hasSize(2);
    assertThat(report.get("failures").get(0).get("businessKey").asText()).isEqualTo(entries.get(100).getBusinessKey());
    assertThat(report.get("failures").get(0).get("reason").asText()).contains("Task_Revise");

    String newDefinition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("inovasi")
        .latestVersion().singleResult().getId();
    for (ProcessInstance entry : entries.subList(0, 100)) {
      ProcessInstance now = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry.getId())
          .singleResult();
      assertThat(now.getProcessDefinitionId()).isEqualTo(newDefinition);
      Task task = driver.task(entry, "Task_Screen");
      assertThat(task.getId()).isEqualTo(taskIds.get(entry.getId()));
      assertThat(engine.getRuntimeService().getVariable(entry.getId(), "title"))
          .isEqualTo("Layanan " + entries.indexOf(entry));
      assertThat(engine.getRuntimeService().getVariable(entry.getId(), "entryKey")).isEqualTo(entry.getBusinessKey());
    }
    for (ProcessInstance entry : entries.subList(100, 102)) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry.getId()).singleResult()
          .getProcessDefinitionId()).isEqualTo(oldDefinition);
      assertThat(driver.task(entry, "Task_Revise")).isNotNull();
    }
    // migrated entries go on as usual
    driver.screen(entries.get(0), "LOLOS", null);
    driver.runJobs();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(entries.get(0).getId())
        .activityId("Task_AwaitJurors").count()).isEqualTo(1);

    assertThat(http.withBasicAuth("admin", "test-admin").postForEntity("/api/admin/processes/tidakada/migrate", null,
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
