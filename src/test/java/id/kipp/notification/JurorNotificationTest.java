package id.kipp.notification;

import id.kipp.shared.Bahasa;
import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Jurors of an edition that is not blind: assignment (with the agency, never the contact), the reminder before the
 * deadline, the overdue message to the juror and to the secretariat, and a new assignment message after the
 * secretariat extends the deadline.
 */
class JurorNotificationTest extends MailTestBase {

  final ZoneId zone = ZoneId.of("Asia/Jakarta");

  /** A deadline as the messages say it. */
  String said(java.util.Date moment) {
    return Bahasa.dayDateTime(moment.toInstant(), zone);
  }

  @Test
  void jurorsHearOfAssignmentReminderAndOverdueAndTheSecretariatOfTheLateJuror() {
    driver.withJurors(3);
    for (int i = 0; i < driver.jurors.size(); i++) {
      email(driver.jurors.get(i), "Juri", "Nomor " + (i + 1), driver.jurors.get(i) + "@juri.contoh.go.id");
    }
    Map<String, Object> form = driver.editionForm("Perangkat Daerah", 1, 1, 2);
    form.put("blindReview", false);
    driver.openEdition(form);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    email(secretariat, "Bagian", "Organisasi", secretariat + "@setda.contoh.go.id");
    String agency = "Dinas Terbuka " + driver.code;
    ProcessInstance entry = driver.register(driver.participant("peserta"),
        driver.registrationForm(agency, "Perangkat Daerah", "Layanan Tepat Waktu"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();

    List<Task> tasks = driver.tasks(entry, "Task_DeskEvaluation");
    Task late = tasks.get(0);
    String lateJuror = late.getAssignee();
    engine.getManagementService().executeJob(timer(late, "Event_EvaluationReminder").getId());
    engine.getManagementService().executeJob(timer(late, "Event_EvaluationOverdue").getId());
    Task escalation = driver.task(entry, "Task_HandleOverdue");
    String nextWeek = TestClock.today().plusDays(7).toString();
    driver.submit(escalation, secretariat, Map.of("overdueAction", "PERPANJANG", "newDueDate", nextWeek));
    Task extended = driver.tasks(entry, "Task_DeskEvaluation").stream()
        .filter(task -> task.getAssignee().equals(lateJuror)).findFirst().orElseThrow();
    sendAll();

    String key = entry.getBusinessKey();
    List<Mail> lateMails = to(lateJuror + "@juri.contoh.go.id");
    assertThat(lateMails).extracting(Mail::template)
        .containsExactly("juri-penugasan", "juri-pengingat", "juri-terlambat", "juri-penugasan");
    assertThat(lateMails.get(0).body()).contains("Instansi          : " + agency)
        .contains("Batas waktu       : " + said(late.getDueDate()));
    assertThat(lateMails.get(1).subject())
        .isEqualTo("Pengingat: batas penilaian " + said(late.getDueDate()) + " — " + key);
    assertThat(lateMails.get(2).subject()).isEqualTo("Batas penilaian terlewati — " + key + ": Layanan Tepat Waktu");
    assertThat(lateMails.get(3).body()).contains("Batas waktu       : " + said(extended.getDueDate()))
        .contains("pukul 23.59 WIB");
    assertThat(lateMails).allSatisfy(mail -> assertThat(mail.body()).doesNotContain("Narahubung")
        .doesNotContain("inovasi@"));

    String onTimeJuror = tasks.get(1).getAssignee();
    assertThat(to(onTimeJuror + "@juri.contoh.go.id")).extracting(Mail::template).containsExactly("juri-penugasan");

    List<Mail> secretariatMails = to(secretariat + "@setda.contoh.go.id");
    assertThat(secretariatMails).singleElement().satisfies(mail -> {
      assertThat(mail.template()).isEqualTo("sekretariat-penilaian-terlambat");
      assertThat(mail.subject()).isEqualTo("Penilaian terlambat: Juri " + nameOf(lateJuror) + " — " + key
          + ": Layanan Tepat Waktu");
      assertThat(mail.body()).contains("(" + lateJuror + ")").contains("Tindak lanjuti penilaian terlambat")
          .contains("sampai batas waktu " + said(late.getDueDate()));
    });
  }

  private String nameOf(String juror) {
    return "Nomor " + (driver.jurors.indexOf(juror) + 1);
  }

  private Job timer(Task task, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(task.getProcessInstanceId())
        .activityId(activityId).timers().list().stream()
        .filter(job -> job.getExecutionId().equals(task.getExecutionId())).findFirst().orElseThrow();
  }
}
