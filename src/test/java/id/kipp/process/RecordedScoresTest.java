package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.testsupport.CompetitionDriver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scoring form's fields marked {@code kipp.recorded} reach the engine as transient variables: the juror's scores,
 * comment and conflict reason are recorded in the application's tables and in no variable table, whether the juror
 * submits the form or the task is completed through the Java API without a user; the conflict checkbox, which the
 * gateway after the async continuation reads, stays a variable.
 */
class RecordedScoresTest extends ProcessTestBase {

  static final List<String> RECORDED = List.of("problemAnalysisScore", "strategicApproachScore", "implementationScore",
      "impactScore", "sustainabilityScore", "serviceStandardScore", "serviceCharterScore", "satisfactionSurveyScore",
      "complaintHandlingScore", "informationSystemScore", "jurorComment", "conflictReason");

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
    engine.getTaskService().complete(byService.getId(), CompetitionDriver.rubric(60, 60));

    Map<String, Long> jobs = SqlStatements.during(driver::runJobs);
    System.out.printf("the jobs after the three submissions (juror instances end, desk score): statements %s%n", jobs);
    // history stays after the instances ended: no recorded field was ever a variable
    for (Task task : tasks.subList(0, 2)) {
      assertThat(variableNames(task.getProcessInstanceId())).doesNotContainAnyElementsOf(RECORDED)
          .contains("conflictOfInterest");
    }
    assertThat(variableNames(byService.getProcessInstanceId())).doesNotContainAnyElementsOf(RECORDED);
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
    driver.submit(first, first.getAssignee(), Map.of("conflictOfInterest", true,
        "conflictReason", "Saya anggota tim penyusun inovasi ini."));
    assertThat(variableNames(first.getProcessInstanceId())).doesNotContainAnyElementsOf(RECORDED)
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
