package id.kipp.process;

import id.kipp.testsupport.TestClock;
import id.kipp.testsupport.CompetitionDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.shared.RuleViolation;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Juror deadlines: a reminder before the due date, and escalation to the secretariat once it has passed. */
class EvaluationDeadlineTest extends ProcessTestBase {

  private ProcessInstance entry;
  private String secretariat;

  @BeforeEach
  void entryInEvaluation() {
    driver.withJurors(3);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    entry = driver.register(driver.participant("peserta"),
        driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan Tepat Waktu"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    secretariat = driver.code.toLowerCase() + "sekretariat";
  }

  private Job timerOf(Task task, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId()).activityId(activityId)
        .timers().list().stream().filter(job -> job.getExecutionId().equals(task.getExecutionId())).findFirst()
        .orElseThrow();
  }

  @Test
  void reminderComesTwoDaysBeforeTheDeadline() {
    Task task = driver.tasks(entry, "Task_DeskEvaluation").get(0);
    Job reminder = timerOf(task, "Event_EvaluationReminder");
    assertThat(reminder.getDuedate()).isEqualTo(Date.from(task.getDueDate().toInstant().minus(java.time.Duration.ofDays(2))));
    engine.getManagementService().executeJob(reminder.getId());

    Task reminded = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(reminded.getPriority()).isEqualTo(80);
    assertThat(engine.getTaskService().getTaskComments(task.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage()).startsWith("Pengingat: penilaian ini harus diselesaikan"));
    driver.submit(reminded, reminded.getAssignee(), CompetitionDriver.rubric(80, 80));
  }

  @Test
  void overdueEvaluationIsExtendedOrHandedOver() {
    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    Task late = tasks.get(0);
    String lateJuror = late.getAssignee();
    engine.getManagementService().executeJob(timerOf(late, "Event_EvaluationOverdue").getId());
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).extracting(Task::getAssignee).containsExactly(tasks.get(1).getAssignee());

    Task escalation = driver.task(entry, "Task_HandleOverdue");
    assertThat(engine.getTaskService().createTaskQuery().taskId(escalation.getId()).taskCandidateGroup("sekretariat").count())
        .isEqualTo(1);
    String nextWeek = TestClock.today().plusDays(7).toString();
    assertThatThrownBy(() -> driver.submit(escalation, secretariat,
        Map.of("overdueAction", "ALIHKAN", "newDueDate", nextWeek, "replacementJuror", tasks.get(1).getAssignee())))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("sudah menilai inovasi");
    assertThatThrownBy(() -> driver.submit(escalation, secretariat, Map.of("overdueAction", "PERPANJANG", "newDueDate", "2001-01-01")))
        .hasMessageContaining("tidak boleh sebelum hari ini");

    // first extend: same juror, new deadline
    driver.submit(escalation, secretariat, Map.of("overdueAction", "PERPANJANG", "newDueDate", nextWeek));
    Task extended = driver.tasks(entry, "Task_DeskEvaluation").stream()
        .filter(task -> task.getAssignee().equals(lateJuror)).findFirst().orElseThrow();
    assertThat(LocalDate.ofInstant(extended.getDueDate().toInstant(), ZoneId.of("Asia/Jakarta")).toString()).isEqualTo(nextWeek);

    // late again: hand it over to the third juror
    engine.getManagementService().executeJob(timerOf(extended, "Event_EvaluationOverdue").getId());
    Task again = driver.task(entry, "Task_HandleOverdue");
    String third = driver.jurors.stream().filter(j -> !j.equals(lateJuror) && !j.equals(tasks.get(1).getAssignee()))
        .findFirst().orElseThrow();
    driver.submit(again, secretariat, Map.of("overdueAction", "ALIHKAN", "newDueDate", nextWeek, "replacementJuror", third));
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(tasks.get(1).getAssignee(), third);
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "jurors")).asList()
        .containsExactlyInAnyOrder(tasks.get(1).getAssignee(), third);
  }
}
