package id.kipp.process;

import id.kipp.testsupport.CompetitionDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Independent scoring, enforced by the engine's authorizations and not only by the forms: a juror sees only their own
 * tasks and cannot read another juror's task, variables or any score in the history.
 */
class JurorIndependenceTest extends ProcessTestBase {

  @Test
  void aJurorCannotReadAnotherJurorsScores() {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Mandiri");

    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    Task first = tasks.get(0);
    Task second = tasks.get(1);
    driver.submit(first, first.getAssignee(), CompetitionDriver.rubric(88, 77));

    String other = second.getAssignee();
    driver.as(other, () -> {
      assertThat(engine.getTaskService().createTaskQuery().list()).extracting(Task::getId).containsExactly(second.getId());
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("problemAnalysisScore")
          .list()).isEmpty();
      assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskAssignee(first.getAssignee()).list())
          .isEmpty();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().list()).isEmpty();
      return null;
    });
    // the first juror, now without an open task, cannot look into the second juror's task either
    assertThatThrownBy(() -> driver.as(first.getAssignee(), () -> engine.getTaskService().getVariables(second.getId())))
        .isInstanceOf(AuthorizationException.class);
    driver.as(first.getAssignee(), () -> {
      assertThat(engine.getTaskService().createTaskQuery().list()).isEmpty();
      return null;
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void inABlindEvaluationTheJurorsTaskHoldsNothingThatIdentifiesTheParticipant() {
    driver.withJurors(1);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Rahasia", "Layanan Tanpa Nama");

    Task task = driver.task(entry, "Task_DeskEvaluation");
    java.util.Map<String, Object> visible = driver.as(task.getAssignee(),
        () -> engine.getTaskService().getVariables(task.getId()));
    assertThat(visible).containsEntry("title", "Layanan Tanpa Nama").containsKey("proposal")
        .containsEntry("agency", "")
        .doesNotContainKeys("agencyId", "unit", "contactName", "contactEmail", "contactPhone", "registeredBy",
            "innovationProposalFile", "jurors");
    assertThat(visible.values()).doesNotContain("Dinas Rahasia");
    // the proposal's sections, one JSON variable: nothing identifying in there either
    assertThat((java.util.Map<String, Object>) visible.get("proposal")).containsKey("problemAnalysis")
        .doesNotContainKeys("agency", "agencyId", "unit", "contactName", "contactEmail", "contactPhone", "registeredBy");
    assertThat(visible.get("proposal").toString()).doesNotContain("Dinas Rahasia");
  }
}
