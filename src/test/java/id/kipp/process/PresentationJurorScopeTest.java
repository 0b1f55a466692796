package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.shared.RuleViolation;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import id.kipp.testsupport.SharedWebTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A juror's presentation task runs in the juror's own instance of {@code penilaian-presentasi}: through the engine's
 * API and over HTTP with the juror's own login, the task shows exactly what the presentation juror needs — the juror
 * and one JSON variable {@code presentation} with the entry key, title, group, slot and, only when not blind, the
 * agency — and, once submitted, the two fields of the form (never created empty); the entry's own variables (contacts,
 * registrant, desk score and rank, disagreement, other jurors, files) stay out of reach. Jurors with a conflict of
 * interest never get the finalist, and the score is recorded for the task's assignee and the instance's entry
 * whatever the variables say.
 */
@SharedWebTest
class PresentationJurorScopeTest {

  /** Every variable a presentation juror's open task holds: its instance's two inputs (version tag 2). */
  static final Set<String> VISIBLE = Set.of("juror", "presentation");

  /** The fields of the JSON variable {@code presentation}. */
  static final Set<String> VIEW = Set.of("entryKey", "title", "group", "slot", "agency");

  /** The form's two fields: recorded ({@code kipp.recorded}), never variables of the juror's instance. */
  static final Set<String> FIELDS = Set.of("presentationScoreInput", "presentationComment");

  /** The inputs of an instance started on version tag 1 (eleven copies), which the form still shows. */
  static final Set<String> VERSION_1 = Set.of("entryKey", "editionKey", "title", "group", "presentationSlot",
      "presentationAt", "presentationEndsAt", "ruleVersions", "juror", "blindReview", "agency");

  private static final String GROUP = "Perangkat Daerah";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void aPresentationJurorSeesOnlyWhatItScoresAndConflictsStillExclude() throws Exception {
    CompetitionDriver driver = new CompetitionDriver(engine, "LINGKUP");
    driver.withJurors(4);
    String agencyName = "Dinas Rahasia " + driver.code;
    String participant = driver.agencyParticipant("dinas", agencyName, "op");
    // the fourth juror belongs to the entry's agency: never on its desk evaluation nor on its presentation panel
    String affiliated = driver.jurors.get(3);
    engine.getIdentityService().createMembership(affiliated, driver.agencyId("dinas"));
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 2));
    ProcessInstance entry = driver.register(participant, driver.registrationForm(agencyName, GROUP, "Layanan Rahasia"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();

    // one juror declares a conflict of interest at the desk evaluation
    Task declaring = driver.tasks(entry, "Task_DeskEvaluation").get(0);
    String declared = declaring.getAssignee();
    driver.submit(declaring, declared, Map.of("conflictOfInterest", true,
        "conflictReason", "Saya pernah menjadi konsultan inovasi ini."));
    driver.runJobs();
    driver.scoreEveryDeskTask(entry, CompetitionDriver.rubric(80, 70));
    driver.confirmTimetable();

    assertThat(entry).isWaitingAt("SubProcess_PresentationEvaluation");
    List<String> panel = new ArrayList<>(driver.jurors);
    panel.removeAll(List.of(declared, affiliated));
    List<Task> tasks = driver.tasks(entry, "Task_PresentationEvaluation");
    assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(panel);
    assertThat(tasks).extracting(Task::getProcessInstanceId).doesNotContain(entry.getId()).doesNotHaveDuplicates();
    assertThat(tasks).extracting(Task::getName).containsOnly(
        "Nilai presentasi dan wawancara — " + entry.getBusinessKey() + ": Layanan Rahasia");

    Task task = tasks.get(0);
    String juror = task.getAssignee();
    Map<String, Object> entryVariables = engine.getRuntimeService().getVariables(entry.getId());
    assertThat(task.getDueDate()).isEqualTo(entryVariables.get("presentationAt"));

    // through the engine's API, as the juror
    Map<String, Object> visible = driver.as(juror, () -> engine.getTaskService().getVariables(task.getId()));
    assertThat(visible.keySet()).containsExactlyInAnyOrderElementsOf(VISIBLE);
    assertThat(visible).containsEntry("juror", juror);
    Map<String, Object> view = view(visible);
    assertThat(view).containsOnlyKeys("entryKey", "title", "group", "slot")
        .containsEntry("entryKey", entry.getBusinessKey()).containsEntry("title", "Layanan Rahasia")
        .containsEntry("group", GROUP).containsEntry("slot", entryVariables.get("presentationSlot"));
    assertThat((String) view.get("slot")).endsWith("WIB");
    assertThat(view.values()).doesNotContain(agencyName);

    // over HTTP with the juror's login, as a client of the REST API would
    ResponseEntity<String> variables = http.withBasicAuth(juror, juror)
        .getForEntity("/engine-rest/task/" + task.getId() + "/variables", String.class);
    assertThat(variables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fieldNames(variables.getBody())).containsExactlyInAnyOrderElementsOf(VISIBLE);
    assertThat(variables.getBody()).doesNotContain(agencyName, (String) entryVariables.get("contactEmail"),
        (String) entryVariables.get("contactPhone"), participant);
    ResponseEntity<String> formVariables = http.withBasicAuth(juror, juror)
        .getForEntity("/engine-rest/task/" + task.getId() + "/form-variables", String.class);
    assertThat(formVariables.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fieldNames(formVariables.getBody())).isSubsetOf(VISIBLE);
    assertThat(formVariables.getBody()).doesNotContain(agencyName);

    // the entry's own variables are out of reach, over HTTP and through the engine's API
    assertThat(entryVariables).containsKeys("contactEmail", "registeredBy", "deskScore", "deskRank", "rankingDeskScore",
        "presentationJurors", "jurors");
    assertThat(http.withBasicAuth(juror, juror).getForEntity("/engine-rest/process-instance/" + entry.getId()
        + "/variables", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth(juror, juror).getForEntity("/engine-rest/process-instance/"
        + task.getProcessInstanceId() + "/variables", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(new ObjectMapper().readTree(http.withBasicAuth(juror, juror).getForEntity(
        "/engine-rest/variable-instance?processInstanceIdIn=" + entry.getId(), String.class).getBody())).isEmpty();
    assertThat(new ObjectMapper().readTree(http.withBasicAuth(juror, juror).getForEntity(
        "/engine-rest/history/variable-instance?processInstanceId=" + entry.getId(), String.class).getBody()))
        .isEmpty();
    assertThatThrownBy(() -> driver.as(juror, () -> engine.getRuntimeService().getVariables(entry.getId())))
        .isInstanceOf(AuthorizationException.class);

    // a presentation task handed to a juror with a conflict of interest cannot be completed by them
    Task other = tasks.get(1);
    engine.getTaskService().setAssignee(other.getId(), affiliated);
    assertThatThrownBy(() -> driver.submit(other, affiliated, Map.of("presentationScoreInput", 99)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("konflik kepentingan");
    engine.getTaskService().setAssignee(other.getId(), declared);
    assertThatThrownBy(() -> driver.submit(other, declared, Map.of("presentationScoreInput", 99)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("konflik kepentingan");
    engine.getTaskService().setAssignee(other.getId(), other.getAssignee());

    // whatever the juror's instance says about the entry, the edition or the juror, the score is the assignee's,
    // for the instance's entry and edition
    engine.getTaskService().setVariable(task.getId(), "entryKey", driver.editionKey + "-9999");
    engine.getTaskService().setVariable(task.getId(), "editionKey", "LAIN-2030");
    engine.getTaskService().setVariable(task.getId(), "juror", other.getAssignee());
    driver.submit(task, juror, Map.of("presentationScoreInput", 85, "presentationComment", "Jelas"));
    driver.submit(other, other.getAssignee(), Map.of("presentationScoreInput", 75));
    driver.runJobs();

    assertThat(jdbc.queryForList("SELECT edition_key, entry_key, juror_id, total_score FROM evaluation"
        + " WHERE stage = 'PRESENTATION' AND edition_key IN (?, 'LAIN-2030') ORDER BY juror_id", driver.editionKey))
        // column names in any case (H2 answers in upper case, PostgreSQL in lower case)
        .extracting(row -> row.get("edition_key"), row -> row.get("entry_key"), row -> row.get("juror_id"))
        .containsExactlyInAnyOrder(tuple(driver.editionKey, entry.getBusinessKey(), juror),
            tuple(driver.editionKey, entry.getBusinessKey(), other.getAssignee()));
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "presentationScore")).isEqualTo(80.0);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "presentationJurorCount")).isEqualTo(2L);
    assertThat(entry).isWaitingAt("Task_AwaitAward");
    // the form's fields are recorded, not kept: the juror's own instance only ever had its inputs
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(
        other.getProcessInstanceId()).list()).extracting(variable -> variable.getName())
        .containsExactlyInAnyOrderElementsOf(VISIBLE);
  }

  @Test
  void inAnEditionThatIsNotBlindThePresentationJurorSeesTheAgency() {
    CompetitionDriver driver = new CompetitionDriver(engine, "TERBUKA");
    driver.withJurors(1);
    String agencyName = "Dinas Terbuka " + driver.code;
    String participant = driver.agencyParticipant("dinas", agencyName, "op");
    Map<String, Object> form = new java.util.HashMap<>(driver.editionForm(GROUP, 1, 1, 1));
    form.put("blindReview", false);
    driver.openEdition(form);
    ProcessInstance entry = driver.register(participant, driver.registrationForm(agencyName, GROUP, "Layanan Terbuka"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    Task desk = driver.task(entry, "Task_DeskEvaluation");
    driver.submit(desk, desk.getAssignee(), CompetitionDriver.rubric(80, 70));
    driver.runJobs();
    driver.confirmTimetable();

    Task task = driver.task(entry, "Task_PresentationEvaluation");
    Map<String, Object> visible = driver.as(task.getAssignee(),
        () -> engine.getTaskService().getVariables(task.getId()));
    assertThat(visible.keySet()).containsExactlyInAnyOrderElementsOf(VISIBLE);
    assertThat(view(visible)).containsEntry("agency", agencyName).containsEntry("title", "Layanan Terbuka");

    // an entry on an inovasi version from before 2 Dec 2026 still hands in the eleven variables of version tag 1:
    // the current definition takes them, its task is due at the entry's slot and labelled as before
    Map<String, Object> entryVariables = engine.getRuntimeService().getVariables(entry.getId());
    Map<String, Object> version1 = new java.util.HashMap<>();
    for (String name : VERSION_1) {
      version1.put(name, entryVariables.get(name));
    }
    version1.put("juror", task.getAssignee());
    ProcessInstance legacy = engine.getRuntimeService().startProcessInstanceByKey("penilaian-presentasi",
        entry.getBusinessKey(), version1);
    Task legacyTask = engine.getTaskService().createTaskQuery().processInstanceId(legacy.getId()).singleResult();
    assertThat(legacyTask.getDueDate()).isEqualTo(entryVariables.get("presentationAt"));
    assertThat(legacyTask.getName()).isEqualTo(task.getName())
        .isEqualTo("Nilai presentasi dan wawancara — " + entry.getBusinessKey() + ": Layanan Terbuka");
    engine.getRuntimeService().deleteProcessInstance(legacy.getId(), "test: version 1 inputs checked");
  }

  @Test
  void thePresentationFormShowsTheSlotAndNamesNothingElse() throws Exception {
    JsonNode form = new ObjectMapper().readTree(Forms.text("forms/penilaian-presentasi.form"));
    Set<String> named = new HashSet<>();
    form.get("components").forEach(component -> {
      Matcher templates = Pattern.compile("\\{\\{(.*?)}}").matcher(component.path("text").asText(""));
      while (templates.find()) {
        named.addAll(identifiers(templates.group(1)));
      }
      named.addAll(identifiers(component.path("conditional").path("hide").asText("")));
      if (component.hasNonNull("key")) {
        named.add(component.get("key").asText());
      }
    });
    Set<String> known = new HashSet<>(VISIBLE);
    known.addAll(VIEW);
    known.addAll(FIELDS);
    known.addAll(VERSION_1);
    assertThat(named).contains("presentation", "slot", "presentationSlot", "entryKey", "title", "group")
        .isSubsetOf(known);
  }

  /** Variable names in a FEEL expression: without string literals and FEEL's keywords. */
  private static Set<String> identifiers(String expression) {
    Set<String> names = new HashSet<>();
    Matcher matcher = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*").matcher(expression.replaceAll("\"[^\"]*\"", ""));
    while (matcher.find()) {
      names.add(matcher.group());
    }
    names.removeAll(Set.of("if", "then", "else", "null", "or", "and", "not", "true", "false"));
    return names;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> view(Map<String, Object> variables) {
    return (Map<String, Object>) variables.get("presentation");
  }

  private static Set<String> fieldNames(String json) throws Exception {
    Set<String> names = new HashSet<>();
    new ObjectMapper().readTree(json).fieldNames().forEachRemaining(names::add);
    return names;
  }
}
