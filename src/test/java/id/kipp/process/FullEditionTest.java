package id.kipp.process;

import id.kipp.testsupport.CompetitionDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole edition of 12 entries in two groups with 4 jurors (3 per entry) from registration to award, every step
 * through the engine's API and the deployed forms. Expected results are computed by hand below.
 *
 * <p>Every juror scores an entry's five innovation criteria with {@code a} and its five performance criteria with
 * {@code b}, so its desk score is 0.75a + 0.25b. Final score = 0.7 desk + 0.3 presentation.
 *
 * <pre>
 * Perangkat Daerah (3 finalists, 2 winners)
 *   A1 a90 b70 desk 85.0  presentation 60  final 59.5+18.0 = 77.5  rank 2 winner
 *   A2 a80 b60 desk 75.0  presentation 90  final 52.5+27.0 = 79.5  rank 1 winner
 *   A3 a70 b90 desk 75.0  presentation 80  final 52.5+24.0 = 76.5  rank 3 finalist (desk tie with A2: A2's innovation 80 > 70)
 *   A4 a70 b70 desk 70.0  not finalist; A5 60, A6 50 not finalists
 * Unit Kerja (3 finalists, 2 winners)
 *   B1 a95 b95 desk 95.0  presentation 50  final 66.5+15.0 = 81.5  rank 3 finalist
 *   B2 a85 b85 desk 85.0  presentation 100 final 59.5+30.0 = 89.5  rank 1 winner
 *   B3 a80 b80 desk 80.0  presentation 90  final 56.0+27.0 = 83.0  rank 2 winner
 *   B4 79, B5 40, B6 30 not finalists
 * </pre>
 */
class FullEditionTest extends ProcessTestBase {

  record Plan(String name, String group, int innovation, int performance, int presentation) {}

  static final List<Plan> PLANS = List.of(
      new Plan("A1", "Perangkat Daerah", 90, 70, 60),
      new Plan("A2", "Perangkat Daerah", 80, 60, 90),
      new Plan("A3", "Perangkat Daerah", 70, 90, 80),
      new Plan("A4", "Perangkat Daerah", 70, 70, 0),
      new Plan("A5", "Perangkat Daerah", 60, 60, 0),
      new Plan("A6", "Perangkat Daerah", 50, 50, 0),
      new Plan("B1", "Unit Kerja", 95, 95, 50),
      new Plan("B2", "Unit Kerja", 85, 85, 100),
      new Plan("B3", "Unit Kerja", 80, 80, 90),
      new Plan("B4", "Unit Kerja", 79, 79, 0),
      new Plan("B5", "Unit Kerja", 40, 40, 0),
      new Plan("B6", "Unit Kerja", 30, 30, 0));

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void editionRunsFromRegistrationToAward() {
    driver.withJurors(4);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah, Unit Kerja", 3, 2, 3));
    assertThat(edition.getBusinessKey()).isEqualTo(driver.editionKey);
    assertThat(edition).isWaitingAt("Task_RegistrationOpen");

    // Registration: each plan by its own agency's participant
    Map<String, ProcessInstance> entries = new LinkedHashMap<>();
    Map<String, Plan> planOf = new HashMap<>();
    for (Plan plan : PLANS) {
      String participant = driver.participant(plan.name().toLowerCase());
      ProcessInstance entry = driver.register(participant,
          driver.registrationForm("Instansi " + plan.name(), plan.group(), "Inovasi " + plan.name()));
      entries.put(plan.name(), entry);
      planOf.put(entry.getBusinessKey(), plan);
    }

    // Screening: all pass; registration closes when its window ends
    for (ProcessInstance entry : entries.values()) {
      driver.screen(entry, "LOLOS", null);
    }
    driver.runJobs();
    assertThat(edition).isWaitingAt("Task_RegistrationOpen");
    driver.closeRegistration();
    driver.approveAssignment();
    assertThat(driver.editionVariable("registeredCount")).isEqualTo(12L);
    assertThat(driver.editionVariable("passedCount")).isEqualTo(12L);
    assertThat(edition).isWaitingAt("Event_DeskEvaluationFinished");

    // Desk evaluation: three jurors per entry, balanced (12 x 3 / 4 = 9 each)
    Map<String, Integer> load = new HashMap<>();
    for (ProcessInstance entry : entries.values()) {
      List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
      assertThat(tasks).hasSize(3);
      Plan plan = planOf.get(entry.getBusinessKey());
      for (Task task : tasks) {
        assertThat(task.getDueDate()).isNotNull();
        load.merge(task.getAssignee(), 1, Integer::sum);
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(plan.innovation(), plan.performance()));
      }
    }
    assertThat(load).hasSize(4).allSatisfy((juror, count) -> assertThat(count).isEqualTo(9));
    driver.runJobs();

    // Finalists: top 3 per group by desk score, announced with their slots once the secretariat confirms the timetable
    assertThat(edition).isWaitingAt("Task_ConfirmTimetable");
    driver.confirmTimetable();
    assertThat(edition).isWaitingAt("Event_PresentationsFinished");
    assertThat(driver.editionVariable("finalistCount")).isEqualTo(6L);
    assertThat(desk(entries.get("A2"))).isEqualTo(75.0);
    assertThat(desk(entries.get("A3"))).isEqualTo(75.0);
    assertThat(rank(entries.get("A2"), "deskRank")).isEqualTo(2L);
    assertThat(rank(entries.get("A3"), "deskRank")).isEqualTo(3L);
    for (String name : List.of("A4", "A5", "A6", "B4", "B5", "B6")) {
      assertThat(entries.get(name)).isEnded().hasPassed("EndEvent_NotFinalist");
    }

    // Presentation: all four jurors score each finalist
    for (String name : List.of("A1", "A2", "A3", "B1", "B2", "B3")) {
      ProcessInstance entry = entries.get(name);
      List<Task> tasks = driver.tasks(entry, "Task_PresentationEvaluation");
      assertThat(tasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(driver.jurors);
      for (Task task : tasks) {
        driver.submit(task, task.getAssignee(), Map.of("presentationScoreInput", planOf.get(entry.getBusinessKey())
            .presentation(), "presentationComment", "Presentasi jelas"));
      }
    }
    driver.runJobs();

    // Sign-off by the Pimpinan, once returned to the secretariat first
    assertThat(edition).isWaitingAt("Task_SignOff");
    Task signOff = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_SignOff").singleResult();
    assertThat(engine.getTaskService().createTaskQuery().taskId(signOff.getId()).taskCandidateGroup("pimpinan").count())
        .isEqualTo(1);
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "finalRankingSummary"))
        .contains("| 1 | Pemenang | 79,50 | 75,00 | 90,00 | " + entries.get("A2").getBusinessKey() + " | Inovasi A2 | Instansi A2 |");
    driver.user("pimpinanuji", "pimpinan");
    driver.submit(signOff, "pimpinanuji", Map.of("signOffDecision", "KEMBALIKAN",
        "signOffNote", "Mohon pastikan tidak ada sanggahan."));
    Task followUp = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_FollowUpSignOff").singleResult();
    driver.submit(followUp, driver.code.toLowerCase() + "sekretariat",
        Map.of("followUpNote", "Tidak ada sanggahan selama masa uji publik."));
    signOff = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_SignOff").singleResult();
    driver.submit(signOff, "pimpinanuji", Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/123/35.73.112/2030"));
    driver.runJobs();
    assertThat(edition).isWaitingAt("Task_ReleaseResults");
    driver.releaseResults();

    // Award: winners per group, every entry ended with its fate
    assertThat(edition).isEnded().hasPassed("EndEvent_EditionFinished");
    assertThat(winners(entries)).containsExactlyInAnyOrder("A1", "A2", "B2", "B3");
    assertThat(entries.get("A3")).isEnded().hasPassed("EndEvent_Finalist");
    assertThat(entries.get("B1")).isEnded().hasPassed("EndEvent_Finalist");
    assertThat(rank(entries.get("A2"), "finalRank")).isEqualTo(1L);
    assertThat(rank(entries.get("A1"), "finalRank")).isEqualTo(2L);
    assertThat(historic(entries.get("B2"), "finalScore")).isEqualTo(89.5);
    assertThat(historic(entries.get("B3"), "finalScore")).isEqualTo(83.0);
    assertThat(historic(entries.get("A3"), "finalScore")).isEqualTo(76.5);
    assertThat(driver.editionVariable("decreeNumber")).isEqualTo("188.45/123/35.73.112/2030");

    Integer deskRows = jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE edition_key = ? AND stage = 'DESK'",
        Integer.class, driver.editionKey);
    Integer presentationRows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM evaluation WHERE edition_key = ? AND stage = 'PRESENTATION'", Integer.class, driver.editionKey);
    assertThat(deskRows).isEqualTo(36);
    assertThat(presentationRows).isEqualTo(24);
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
  }

  private List<String> winners(Map<String, ProcessInstance> entries) {
    List<String> names = new ArrayList<>();
    entries.forEach((name, entry) -> {
      HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(entry.getId()).singleResult();
      if ("EndEvent_Winner".equals(done.getEndActivityId())) {
        names.add(name);
      }
    });
    return names;
  }

  private Object historic(ProcessInstance entry, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(entry.getId())
        .variableName(name).singleResult().getValue();
  }

  private double desk(ProcessInstance entry) {
    return (Double) historic(entry, "deskScore");
  }

  private long rank(ProcessInstance entry, String variable) {
    return (Long) historic(entry, variable);
  }
}
