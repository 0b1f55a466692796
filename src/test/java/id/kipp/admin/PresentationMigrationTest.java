package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

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
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Entries running on an {@code inovasi} version from before {@code penilaian-presentasi}, whose jurors scored the
 * presentation in the entry's own instance. An entry already waiting at that in-process task cannot move to the new
 * version (the task has no counterpart): the migration lists it with the engine's reason, it stays on its version and
 * finishes there — its jurors' scores are recorded as before — and moves at the next migration once its presentation
 * is scored. An entry not yet at the presentation moves and later gets its presentation tasks in the jurors' own
 * instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-presentation-migration-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class PresentationMigrationTest {

  private static final String GROUP = "Perangkat Daerah";

  /** The presentation task as it was in the entry's process, before the called process. */
  private static final String LEGACY_TASK = """
      <bpmn:userTask id="Task_PresentationEvaluation" name="Nilai presentasi dan wawancara" camunda:assignee="${juror}" \
      camunda:dueDate="${presentationAt}" camunda:formRef="form-penilaian-presentasi" camunda:formRefBinding="latest">
            <bpmn:extensionElements>
              <camunda:inputOutput>
                <camunda:inputParameter name="presentationScoreInput" />
                <camunda:inputParameter name="presentationComment" />
              </camunda:inputOutput>
              <camunda:taskListener delegateExpression="${entryTaskLabel}" event="create" />
              <camunda:taskListener delegateExpression="${presentationScoreRecorder}" event="complete" />
            </bpmn:extensionElements>
            <bpmn:incoming>Flow_IsFinalist</bpmn:incoming>
            <bpmn:outgoing>Flow_ToComputePresentationScore</bpmn:outgoing>
            <bpmn:multiInstanceLoopCharacteristics camunda:asyncAfter="true" camunda:collection="${presentationJurors}" \
      camunda:elementVariable="juror" />
          </bpmn:userTask>""";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  /** {@code inovasi.bpmn} as it was before: the in-process presentation task instead of the call activity. */
  static String legacyEntryProcess() {
    String current = Forms.text("processes/inovasi.bpmn");
    int start = current.indexOf("<bpmn:callActivity id=\"SubProcess_PresentationEvaluation\"");
    int end = current.indexOf("</bpmn:callActivity>", start) + "</bpmn:callActivity>".length();
    assertThat(start).isPositive();
    return (current.substring(0, start) + LEGACY_TASK + current.substring(end))
        .replace("SubProcess_PresentationEvaluation", "Task_PresentationEvaluation");
  }

  private void deployEntryProcess(String name, String bpmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("data", file("processes/inovasi.bpmn", bpmn));
    body.add("form", file("forms/pendaftaran-inovasi.html", Forms.text("forms/pendaftaran-inovasi.html")));
    assertThat(http.withBasicAuth("admin", "test-admin").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private static ByteArrayResource file(String name, String content) {
    return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  @Test
  void anEntryAtTheOldPresentationTaskStaysOnItsVersionOthersMove() {
    BpmnAwareTests.init(engine);
    deployEntryProcess("inovasi sebelum penilaian-presentasi", legacyEntryProcess());

    // edition 1: its finalist waits at the old in-process presentation task
    CompetitionDriver first = new CompetitionDriver(engine, "LAMA");
    first.withJurors(1);
    first.openEdition(first.editionForm(GROUP, 1, 1, 1));
    ProcessInstance waiting = first.entryInDeskEvaluation("Dinas Lama", "Layanan Lama");
    Task desk = first.task(waiting, "Task_DeskEvaluation");
    first.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(80, 80));
    first.runJobs();
    first.confirmTimetable();
    Task legacyTask = first.task(waiting, "Task_PresentationEvaluation");
    assertThat(legacyTask.getProcessInstanceId()).isEqualTo(waiting.getId());
    assertThat(csv(first, "ranking.csv")).contains(waiting.getBusinessKey()).contains("Presentasi");

    // edition 2: its entry is still in the desk evaluation
    CompetitionDriver second = new CompetitionDriver(engine, "BARU");
    second.withJurors(1);
    second.openEdition(second.editionForm(GROUP, 1, 1, 1));
    ProcessInstance moving = second.entryInDeskEvaluation("Dinas Baru", "Layanan Baru");
    String legacyDefinition = moving.getProcessDefinitionId();
    assertThat(waiting.getProcessDefinitionId()).isEqualTo(legacyDefinition);

    deployEntryProcess("inovasi dengan penilaian-presentasi", Forms.text("processes/inovasi.bpmn"));
    ResponseEntity<JsonNode> response = http.withBasicAuth("admin", "test-admin")
        .postForEntity("/api/admin/processes/inovasi/migrate", null, JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(report.get("migrated").asInt()).isEqualTo(1);
    assertThat(report.get("failures")).hasSize(1);
    JsonNode failure = report.get("failures").get(0);
    assertThat(failure.get("businessKey").asText()).isEqualTo(waiting.getBusinessKey());
    assertThat(failure.get("reason").asText()).contains("Task_PresentationEvaluation");
    String latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("inovasi")
        .latestVersion().singleResult().getId();
    assertThat(definitionOf(moving)).isEqualTo(latest);
    assertThat(definitionOf(waiting)).isEqualTo(legacyDefinition);

    // the entry left on its version finishes its presentation there, scored as before
    first.submit(legacyTask, legacyTask.getAssignee(),
        Map.of("presentationScoreInput", 70, "presentationComment", "Baik"));
    first.runJobs();
    assertThat(engine.getRuntimeService().getVariable(waiting.getId(), "presentationScore")).isEqualTo(70.0);
    assertThat(waiting).isWaitingAt("Task_AwaitAward");
    assertThat(presentationScorers(waiting)).containsExactly(legacyTask.getAssignee());
    assertThat(audit(first, waiting)).contains("Nilai presentasi dicatat");
    // once past the old task, it moves like any other entry
    JsonNode again = http.withBasicAuth("admin", "test-admin")
        .postForEntity("/api/admin/processes/inovasi/migrate", null, JsonNode.class).getBody();
    assertThat(again.get("migrated").asInt()).isEqualTo(1);
    assertThat(again.get("failures")).isEmpty();
    assertThat(definitionOf(waiting)).isEqualTo(latest);

    // the moved entry gets its presentation task in the juror's own instance
    Task movedDesk = second.task(moving, "Task_DeskEvaluation");
    second.submit(movedDesk, movedDesk.getAssignee(), CompetitionDriver.rubric(90, 90));
    second.runJobs();
    second.confirmTimetable();
    assertThat(moving).isWaitingAt("SubProcess_PresentationEvaluation");
    Task task = second.task(moving, "Task_PresentationEvaluation");
    assertThat(task.getProcessInstanceId()).isNotEqualTo(moving.getId());
    second.submit(task, task.getAssignee(), Map.of("presentationScoreInput", 90));
    second.runJobs();
    assertThat(engine.getRuntimeService().getVariable(moving.getId(), "presentationScore")).isEqualTo(90.0);
    assertThat(moving).isWaitingAt("Task_AwaitAward");
    assertThat(presentationScorers(moving)).containsExactly(task.getAssignee());
    assertThat(audit(second, moving)).contains("Nilai presentasi dicatat", task.getAssignee());
  }

  private String definitionOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getProcessDefinitionId();
  }

  private List<String> presentationScorers(ProcessInstance entry) {
    return new ArrayList<>(jdbc.queryForList(
        "SELECT juror_id FROM evaluation WHERE entry_key = ? AND stage = 'PRESENTATION'", String.class,
        entry.getBusinessKey()));
  }

  private String csv(CompetitionDriver driver, String name) {
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    ResponseEntity<String> response = http.withBasicAuth(secretariat, secretariat)
        .getForEntity("/api/editions/" + driver.editionKey + "/" + name, String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private String audit(CompetitionDriver driver, ProcessInstance entry) {
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    ResponseEntity<String> response = http.withBasicAuth(secretariat, secretariat)
        .getForEntity("/api/entries/" + entry.getBusinessKey() + "/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }
}
