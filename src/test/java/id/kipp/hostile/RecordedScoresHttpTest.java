package id.kipp.hostile;

import static id.kipp.hostile.HostileClient.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kipp.hostile.HostileClient.Answer;
import id.kipp.identity.guard.RecordedFormFields;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A juror submitting the scoring form over HTTP as Tasklist does ({@code POST /engine-rest/task/{id}/submit-form}):
 * the evaluation is recorded in the application's tables, and the fields the form marks {@code kipp.recorded} leave
 * no variable of the juror's instance, runtime or history; the conflict checkbox stays for the gateway after the
 * task, and a declared conflict still appoints a replacement. Extra variables are still refused. The same for the
 * presentation form: its score and comment go to the {@code evaluation} table only, and a forged computed score, a
 * score outside the form's bounds or another juror's hand is refused before anything is recorded.
 */
@SharedWebTest
class RecordedScoresHttpTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  @Test
  void aSubmissionIsRecordedAndLeavesNoVariableOfTheRecordedFields() {
    HostileClient client = new HostileClient(port);
    CompetitionDriver driver = new CompetitionDriver(engine, "RSH").withJurors(3);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Lewat HTTP");
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    Task scoring = tasks.get(0);
    Task declaring = tasks.get(1);
    Set<String> recorded = RecordedFormFields.of(engine, scoring.getId());

    // an extra variable is still refused, with the guard's Bahasa message
    Map<String, Object> hostile = new HashMap<>(CompetitionDriver.rubric(90, 90));
    hostile.put("deskScore", 100);
    Answer refused = client.send(scoring.getAssignee(), "POST", "/engine-rest/task/" + scoring.getId()
        + "/submit-form", variables(hostile));
    assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
    assertThat(refused.message()).contains("\"deskScore\"").contains("tidak ada pada formulir ini");

    Map<String, Object> form = new HashMap<>(CompetitionDriver.rubric(80, 60));
    form.put("conflictOfInterest", false);
    Answer answer = client.send(scoring.getAssignee(), "POST", "/engine-rest/task/" + scoring.getId() + "/submit-form",
        variables(form));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
    assertThat(variableNames(scoring.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded)
        .contains("conflictOfInterest");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_score s JOIN evaluation e ON e.id = "
        + "s.evaluation_id WHERE e.entry_key = ? AND e.juror_id = ?", Long.class, entry.getBusinessKey(),
        scoring.getAssignee())).isEqualTo(10);

    Answer declared = client.send(declaring.getAssignee(), "POST", "/engine-rest/task/" + declaring.getId()
        + "/submit-form", variables(Map.of("conflictOfInterest", true, "conflictReason", "Saya penyusun inovasi ini.")));
    assertThat(declared.status()).as(declared.raw()).isEqualTo(204);
    assertThat(variableNames(declaring.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded)
        .contains("conflictOfInterest");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ = ?",
        Long.class, declaring.getProcessInstanceId(), "conflictOfInterest")).isEqualTo(1);
    driver.runJobs();

    List<Task> now = driver.tasks(entry, "Task_DeskEvaluation");
    assertThat(now).singleElement().satisfies(replacement -> assertThat(replacement.getAssignee())
        .isNotIn(scoring.getAssignee(), declaring.getAssignee()));
  }

  @Test
  void aPresentationScoreIsRecordedAndLeavesNoVariableOfTheRecordedFields() {
    HostileClient client = new HostileClient(port);
    CompetitionDriver driver = new CompetitionDriver(engine, "RSP").withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.entryInPresentation("Dinas Uji", "Presentasi Lewat HTTP");
    List<Task> tasks = driver.tasks(entry, "Task_PresentationEvaluation");
    assertThat(tasks).hasSize(2);
    Task presented = tasks.get(0);
    String path = "/engine-rest/task/" + presented.getId() + "/submit-form";
    Set<String> recorded = RecordedFormFields.of(engine, presented.getId());
    assertThat(recorded).containsExactlyInAnyOrder("presentationScoreInput", "presentationComment");

    // the computed score the entry carries is not the juror's to send
    Answer forged = client.send(presented.getAssignee(), "POST", path,
        variables(Map.of("presentationScoreInput", 85, "presentationScore", 100)));
    assertThat(forged.status()).as(forged.raw()).isEqualTo(400);
    assertThat(forged.message()).contains("\"presentationScore\"").contains("tidak ada pada formulir ini");
    // the form's bounds are the server's too
    Answer outOfRange = client.send(presented.getAssignee(), "POST", path,
        variables(Map.of("presentationScoreInput", 150)));
    assertThat(outOfRange.status()).as(outOfRange.raw()).isEqualTo(400);
    assertThat(outOfRange.message()).contains("0 sampai 100");
    // another juror cannot work this juror's task
    Answer stranger = client.send(tasks.get(1).getAssignee(), "POST", path,
        variables(Map.of("presentationScoreInput", 10)));
    assertThat(stranger.status()).as(stranger.raw()).isEqualTo(403);
    assertThat(stranger.message()).contains("ditugaskan kepada pengguna lain");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE entry_key = ? AND stage = 'PRESENTATION'",
        Long.class, entry.getBusinessKey())).isZero();

    Answer answer = client.send(presented.getAssignee(), "POST", path,
        variables(Map.of("presentationScoreInput", 85, "presentationComment", "Presentasi jelas")));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
    driver.runJobs();
    assertThat(variableNames(presented.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded);
    assertThat(jdbc.queryForList("SELECT juror_id, total_score, comment FROM evaluation WHERE entry_key = ? AND "
        + "stage = 'PRESENTATION'", entry.getBusinessKey()))
        .extracting(row -> row.get("juror_id"), row -> ((Number) row.get("total_score")).doubleValue(),
            row -> row.get("comment"))
        .containsExactly(tuple(presented.getAssignee(), 85.0, "Presentasi jelas"));
  }

  /** Every variable name the instance ever had, runtime or history. */
  List<String> variableNames(String instanceId) {
    return jdbc.queryForList("SELECT NAME_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? UNION "
        + "SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? UNION "
        + "SELECT NAME_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ IS NOT NULL", String.class,
        instanceId, instanceId, instanceId);
  }
}
