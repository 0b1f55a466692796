package id.kipp.process;

import id.kipp.testsupport.CompetitionDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A juror declares a conflict of interest from the scoring task: no score, a replacement under the same rules. */
class JurorConflictTest extends ProcessTestBase {

  @Autowired
  ConflictDeclarations declarations;

  @Test
  void declaredConflictAppointsTheLeastLoadedEligibleReplacement() {
    driver.withJurors(4);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Berkonflik");
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    assertThat(tasks).extracting(Task::getAssignee).containsExactly(driver.jurors.get(0), driver.jurors.get(1));

    Task first = tasks.get(0);
    assertThatThrownBy(() -> driver.submit(first, first.getAssignee(), Map.of("conflictOfInterest", true)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Jelaskan konflik kepentingan");
    driver.submit(first, first.getAssignee(), Map.of("conflictOfInterest", true,
        "conflictReason", "Saya anggota tim penyusun inovasi ini."));
    driver.runJobs();

    List<Task> now = driver.tasks(entry, "Task_DeskEvaluation");
    assertThat(now).extracting(Task::getAssignee).containsExactly(driver.jurors.get(1), driver.jurors.get(2));
    assertThat(declarations.forEntry(entry.getBusinessKey())).singleElement().satisfies(declaration -> {
      assertThat(declaration.jurorId()).isEqualTo(driver.jurors.get(0));
      assertThat(declaration.reason()).isEqualTo("Saya anggota tim penyusun inovasi ini.");
      assertThat(declaration.replacedBy()).isEqualTo(driver.jurors.get(2));
    });
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "jurors"))
        .isEqualTo(List.of(driver.jurors.get(2), driver.jurors.get(1)));

    for (Task task : now) {
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(80, 60));
    }
    driver.runJobs();
    // 0.75 x 80 + 0.25 x 60 = 75, from the two jurors who scored
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(75.0);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskJurorCount")).isEqualTo(2L);
    driver.confirmTimetable();
    assertThat(edition).isWaitingAt("Event_PresentationsFinished");
    // the declared conflict holds for the presentation too
    assertThat(driver.tasks(entry, "Task_PresentationEvaluation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(driver.jurors.get(1), driver.jurors.get(2), driver.jurors.get(3));
  }

  @Test
  void theReplacementJurorsTaskStartsWithoutWhatTheDeclaringJurorSubmitted() {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Diganti");
    Task first = driver.task(entry, "Task_DeskEvaluation");
    // a client may send scores along with the declaration: they are not recorded, and not shown to the replacement
    Map<String, Object> declaration = new java.util.HashMap<>(CompetitionDriver.rubric(90, 90));
    declaration.put("conflictOfInterest", true);
    declaration.put("conflictReason", "Saya ikut menyusun inovasi ini.");
    driver.submit(first, first.getAssignee(), declaration);
    driver.runJobs();

    Task replacement = driver.task(entry, "Task_DeskEvaluation");
    assertThat(replacement.getAssignee()).isNotEqualTo(first.getAssignee());
    Map<String, Object> visible = driver.as(replacement.getAssignee(),
        () -> engine.getTaskService().getVariables(replacement.getId()));
    assertThat(visible).containsKey("proposal").doesNotContainKeys("conflictOfInterest", "conflictReason",
        "jurorComment", "problemAnalysisScore", "informationSystemScore");

    // the replacement scores without sending the conflict checkbox: the evaluation ends, no second replacement
    driver.submit(replacement, replacement.getAssignee(), CompetitionDriver.rubric(70, 50));
    driver.runJobs();
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).isEmpty();
    // 0.75 x 70 + 0.25 x 50 = 65, the replacement's score only
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "deskScore")).isEqualTo(65.0);
  }
}
