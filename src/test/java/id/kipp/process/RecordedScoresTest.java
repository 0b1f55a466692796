package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.identity.guard.RecordedFormFields;
import id.kipp.testsupport.CompetitionDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scoring forms' fields marked {@code kipp.recorded} reach the engine as transient variables: the juror's scores,
 * comment and conflict reason, and the presentation score and comment, are recorded in the application's tables and
 * in no variable table, whether the juror submits the form or the task is completed through the Java API without a
 * user; the conflict checkbox, which the gateway after the async continuation reads, stays a variable. A completion
 * looks its task's form up once, and reads the form itself from a cache.
 */
class RecordedScoresTest extends ProcessTestBase {

  /** Statement of the lookup of a Camunda Form by key (binding latest) and of a deployed resource's bytes. */
  static final String FORM_LOOKUP = "CamundaFormDefinitionEntity.selectLatestCamundaFormDefinitionByKey";
  static final String RESOURCE = "ResourceEntity.selectResourceByDeploymentIdAndResourceName";

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ConflictDeclarations declarations;

  @Test
  void scoresAreRecordedWithoutVariablesWhoeverCompletesTheTask() {
    driver.withJurors(3);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 3));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Tercatat");
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    Set<String> recorded = RecordedFormFields.of(engine, tasks.get(0).getId());

    // two jurors, through the form service as Tasklist does (the checkbox is sent with its default); the second
    // submission is measured, once the forms are read and cached
    Map<String, Object> form = new HashMap<>(CompetitionDriver.rubric(80, 60));
    form.put("conflictOfInterest", false);
    driver.submit(tasks.get(0), tasks.get(0).getAssignee(), form);
    Task byJuror = tasks.get(1);
    Rows before = rows(byJuror.getProcessInstanceId());
    Map<String, Long> statements = SqlStatements.during(() -> driver.as(byJuror.getAssignee(),
        () -> {
          engine.getFormService().submitTaskForm(byJuror.getId(), form);
          return null;
        }));
    Rows after = rows(byJuror.getProcessInstanceId());
    System.out.printf("juror desk evaluation (submit-form): ACT_RU_VARIABLE +%d, ACT_HI_VARINST +%d, ACT_HI_DETAIL +%d,"
        + " statements %s%n", after.runtime - before.runtime, after.history - before.history,
        after.details - before.details, statements);

    // the application's own service path: the Java API without an authenticated user
    Task byService = tasks.get(2);
    Map<String, Long> byServiceStatements = SqlStatements.during(
        () -> engine.getTaskService().complete(byService.getId(), CompetitionDriver.rubric(60, 60)));

    // one lookup of the task's form per completion: the guard's, handed to the recorded fields; the form itself read
    // and parsed once (by the first submission), never again
    assertThat(statements).containsEntry(FORM_LOOKUP, 1L).doesNotContainKey(RESOURCE);
    assertThat(byServiceStatements).containsEntry(FORM_LOOKUP, 1L).doesNotContainKey(RESOURCE);

    Map<String, Long> jobs = SqlStatements.during(driver::runJobs);
    System.out.printf("the jobs after the three submissions (juror instances end, desk score): statements %s%n", jobs);
    // history stays after the instances ended: no recorded field was ever a variable
    for (Task task : tasks.subList(0, 2)) {
      assertThat(variableNames(task.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded)
          .contains("conflictOfInterest");
    }
    assertThat(variableNames(byService.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded);
    assertThat(after.runtime - before.runtime).isEqualTo(1); // conflictOfInterest
    assertThat(after.history - before.history).isEqualTo(1);
    for (Task task : tasks) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation_score s JOIN evaluation e ON e.id = "
          + "s.evaluation_id WHERE e.entry_key = ? AND e.juror_id = ?", Long.class, entry.getBusinessKey(),
          task.getAssignee())).as("scores of %s", task.getAssignee()).isEqualTo(10);
    }
    assertThat(jdbc.queryForObject("SELECT comment FROM evaluation WHERE entry_key = ? AND juror_id = ?",
        String.class, entry.getBusinessKey(), byJuror.getAssignee())).isEqualTo("Catatan juri");
    // (0.75 x 80 + 0.25 x 60 + 0.75 x 80 + 0.25 x 60 + 60) / 3 = 70
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(70.0);
  }

  @Test
  void aDeclaredConflictKeepsTheCheckboxForTheGatewayAndRecordsOnlyTheDeclaration() {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Berkonflik Tercatat");
    Task first = driver.task(entry, "Task_DeskEvaluation");
    Set<String> recorded = RecordedFormFields.of(engine, first.getId());
    driver.submit(first, first.getAssignee(), Map.of("conflictOfInterest", true,
        "conflictReason", "Saya anggota tim penyusun inovasi ini."));
    assertThat(variableNames(first.getProcessInstanceId())).doesNotContainAnyElementsOf(recorded)
        .contains("conflictOfInterest");
    driver.runJobs();

    Task replacement = driver.task(entry, "Task_DeskEvaluation");
    assertThat(replacement.getAssignee()).isNotEqualTo(first.getAssignee());
    assertThat(declarations.forEntry(entry.getBusinessKey())).singleElement()
        .satisfies(declaration -> assertThat(declaration.reason()).isEqualTo("Saya anggota tim penyusun inovasi ini."));
    driver.submit(replacement, replacement.getAssignee(), CompetitionDriver.rubric(70, 50));
    driver.runJobs();
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(65.0);
  }

  @Test
  void thePresentationScoreAndCommentAreRecordedWithoutVariables() {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.entryInPresentation("Dinas Uji", "Presentasi Tercatat");
    List<Task> tasks = driver.tasks(entry, "Task_PresentationEvaluation");
    assertThat(tasks).hasSize(2);
    Set<String> recorded = RecordedFormFields.of(engine, tasks.get(0).getId());
    assertThat(recorded).containsExactlyInAnyOrder("presentationScoreInput", "presentationComment");

    // the juror through the form, as Tasklist does; the service path through the Java API without a user
    Task byJuror = tasks.get(0);
    driver.submit(byJuror, byJuror.getAssignee(), Map.of("presentationScoreInput", 85,
        "presentationComment", "Presentasi jelas"));
    Task byService = tasks.get(1);
    engine.getTaskService().complete(byService.getId(), Map.of("presentationScoreInput", 75L));
    driver.runJobs();

    for (Task task : tasks) {
      assertThat(variableNames(task.getProcessInstanceId())).as("variables of %s", task.getAssignee())
          .containsExactlyInAnyOrder("juror", "presentation");
    }
    assertThat(jdbc.queryForList("SELECT juror_id, total_score, comment FROM evaluation WHERE entry_key = ?"
        + " AND stage = 'PRESENTATION'", entry.getBusinessKey()))
        // column names in any case (H2 answers in upper case, PostgreSQL in lower case)
        .extracting(row -> row.get("juror_id"), row -> ((Number) row.get("total_score")).doubleValue(),
            row -> row.get("comment"))
        .containsExactlyInAnyOrder(tuple(byJuror.getAssignee(), 85.0, "Presentasi jelas"),
            tuple(byService.getAssignee(), 75.0, null));
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "presentationScore")).isEqualTo(80.0);
  }

  record Rows(long runtime, long history, long details) {}

  Rows rows(String instanceId) {
    return new Rows(count("ACT_RU_VARIABLE", instanceId), count("ACT_HI_VARINST", instanceId),
        count("ACT_HI_DETAIL", instanceId));
  }

  long count(String table, String instanceId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ?", Long.class, instanceId);
  }

  /** Every variable name the instance ever had, runtime or history. */
  List<String> variableNames(String instanceId) {
    return jdbc.queryForList("SELECT NAME_ FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? UNION "
        + "SELECT NAME_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? UNION "
        + "SELECT NAME_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ IS NOT NULL", String.class,
        instanceId, instanceId, instanceId);
  }
}
