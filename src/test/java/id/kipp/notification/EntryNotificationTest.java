package id.kipp.notification;

import id.kipp.shared.Bahasa;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.testsupport.CompetitionDriver;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

/**
 * An edition driven through the real processes, its e-mails sent through a real SMTP server (GreenMail) and read back:
 * participants hear of every step of their entries, jurors of their assignments without the entry's agency or contact
 * (blind edition).
 *
 * <pre>
 * A  revision requested, then passed; desk 90 → finalist; presentation → winner
 * B  passed; desk 60 → not a finalist
 * C  rejected at screening with a reason
 * </pre>
 */
class EntryNotificationTest extends MailTestBase {

  final ZoneId zone = ZoneId.of("Asia/Jakarta");

  /** A deadline as the messages say it. */
  String said(java.util.Date moment) {
    return Bahasa.dayDateTime(moment.toInstant(), zone);
  }

  @Test
  void participantsAndJurorsAreToldEveryStep() {
    BpmnAwareTests.init(engine);
    driver.withJurors(3);
    for (String juror : driver.jurors) {
      email(juror, "Juri", juror, juror + "@juri.contoh.go.id");
    }
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    String participant = driver.participant("peserta");
    email(participant, "Admin", "Peserta", participant + "@peserta.contoh.go.id");
    String suffix = driver.code.toLowerCase();
    ProcessInstance a = driver.register(participant, driver.registrationForm("Dinas Alfa " + driver.code,
        "Perangkat Daerah", "Layanan Alfa"));
    ProcessInstance b = driver.register(participant, driver.registrationForm("Dinas Beta " + driver.code,
        "Perangkat Daerah", "Layanan Beta"));
    ProcessInstance c = driver.register(participant, driver.registrationForm("Dinas Gama " + driver.code,
        "Perangkat Daerah", "Layanan Gama"));

    // screening: A needs a revision, B passes, C is rejected
    driver.submit(driver.task(a, "Task_Screen"), suffix + "sekretariat",
        driver.screening("PERBAIKAN", "Lampirkan surat pernyataan yang ditandatangani kepala dinas.", 5));
    Date revisionDueAt = (Date) engine.getRuntimeService().getVariable(a.getId(), "revisionDueAt");
    driver.submit(driver.task(a, "Task_Revise"), participant, Map.of("summary", "Ringkasan yang diperbaiki",
        "declarationFile", DemoData.pdf("surat-pernyataan.pdf", "ditandatangani")));
    driver.screen(a, "LOLOS", null);
    driver.screen(b, "LOLOS", null);
    driver.screen(c, "TIDAK_LOLOS", "Inovasi belum diterapkan selama satu tahun.");
    driver.runJobs();
    assertThat(c).isEnded().hasPassed("EndEvent_NotPassedScreening");

    // desk evaluation: two jurors per entry; A becomes the finalist
    driver.closeRegistration();
    driver.approveAssignment();
    Date evaluationDueAt = (Date) engine.getRuntimeService().getVariable(a.getId(), "evaluationDueAt");
    for (ProcessInstance entry : List.of(a, b)) {
      for (Task task : driver.tasks(entry, "Task_DeskEvaluation")) {
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(entry == a ? 90 : 60, entry == a ? 90 : 60));
      }
    }
    driver.runJobs();
    // the finalists hear of it (with their slot) once the secretariat confirms the presentation timetable
    assertThat(received()).isEmpty();
    driver.confirmTimetable();
    assertThat(b).isEnded().hasPassed("EndEvent_NotFinalist");
    String presentationSlot = (String) engine.getRuntimeService().getVariable(a.getId(), "presentationSlot");

    // presentation and sign-off: A wins
    for (Task task : driver.tasks(a, "Task_PresentationEvaluation")) {
      driver.submit(task, task.getAssignee(), Map.of("presentationScoreInput", 80, "presentationComment", "Jelas"));
    }
    driver.runJobs();
    driver.user(suffix + "pimpinan", "pimpinan");
    Task signOff = engine.getTaskService().createTaskQuery().processInstanceId(driver.edition().getId())
        .taskDefinitionKey("Task_SignOff").singleResult();
    driver.submit(signOff, suffix + "pimpinan", Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/1/2030"));
    driver.runJobs();
    assertThat(a).isNotEnded();
    driver.releaseResults();
    assertThat(a).isEnded().hasPassed("EndEvent_Winner");

    // nothing was sent while the processes ran: the outbox holds the messages until the sender runs
    assertThat(received()).isEmpty();
    sendAll();

    String keyA = a.getBusinessKey();
    List<Mail> contactA = to("inovasi@dinasalfa" + suffix + ".example");
    assertThat(contactA).extracting(Mail::subject).containsExactly(
        "Pendaftaran inovasi diterima — " + keyA + ": Layanan Alfa",
        "Perbaikan pendaftaran diperlukan — " + keyA + ": Layanan Alfa",
        "Inovasi lolos seleksi administrasi — " + keyA + ": Layanan Alfa",
        "Selamat, inovasi Anda masuk finalis — " + keyA + ": Layanan Alfa",
        "Selamat, inovasi Anda ditetapkan sebagai pemenang — " + keyA + ": Layanan Alfa");
    assertThat(contactA).extracting(Mail::template).containsExactly("pendaftaran-diterima", "perbaikan-diminta",
        "lolos-seleksi", "finalis", "hasil-pemenang");
    assertThat(contactA.get(0).from()).contains("sekretariat@kompetisi.contoh.go.id");
    assertThat(contactA.get(0).to()).contains("Narahubung Dinas Alfa");
    assertThat(contactA.get(0).body()).contains("Nomor pendaftaran : " + keyA)
        .contains("Instansi          : Dinas Alfa " + driver.code);
    assertThat(contactA.get(1).body())
        .contains("Lampirkan surat pernyataan yang ditandatangani kepala dinas.")
        .contains("Batas waktu perbaikan: " + said(revisionDueAt))
        .containsPattern("Batas waktu perbaikan: (Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \\d{1,2} \\p{L}+ \\d{4}"
            + " pukul 23\\.59 WIB");
    assertThat(presentationSlot).contains("WIB");
    assertThat(contactA.get(3).body()).contains("Jadwal presentasi Anda: " + presentationSlot);
    assertThat(contactA.get(4).body()).contains("Peringkat akhir : 1").containsPattern("Nilai akhir     : \\d+,\\d\\d");

    // the registering user has an address of their own: the same news for each of their three entries
    List<Mail> registrant = to(participant + "@peserta.contoh.go.id");
    assertThat(registrant).filteredOn(mail -> "pendaftaran-diterima".equals(mail.template())).hasSize(3);
    assertThat(registrant).hasSize(5 + 3 + 2);
    assertThat(registrant.get(0).to()).contains("Admin Peserta");

    String keyB = b.getBusinessKey();
    assertThat(to("inovasi@dinasbeta" + suffix + ".example")).extracting(Mail::subject).containsExactly(
        "Pendaftaran inovasi diterima — " + keyB + ": Layanan Beta",
        "Inovasi lolos seleksi administrasi — " + keyB + ": Layanan Beta",
        "Hasil penilaian proposal — " + keyB + ": Layanan Beta");

    List<Mail> contactC = to("inovasi@dinasgama" + suffix + ".example");
    assertThat(contactC).extracting(Mail::template).containsExactly("pendaftaran-diterima", "tidak-lolos-seleksi");
    assertThat(contactC.get(1).body()).contains("TIDAK LOLOS").contains("Inovasi belum diterapkan selama satu tahun.");

    // jurors: one message per assignment, blind — no agency, no contact, nothing of the participant
    List<Mail> jurorMails = received().stream().filter(mail -> mail.to().contains("@juri.contoh.go.id")).toList();
    assertThat(jurorMails).hasSize(4).allSatisfy(mail -> {
      assertThat(mail.template()).isEqualTo("juri-penugasan");
      assertThat(mail.subject()).startsWith("Tugas penilaian proposal — ");
      assertThat(mail.body()).contains("Batas waktu       : " + said(evaluationDueAt))
          .doesNotContain("Instansi").doesNotContain("Dinas Alfa").doesNotContain("Dinas Beta")
          .doesNotContain("Narahubung").doesNotContain("@").doesNotContain("Admin Peserta");
    });
    assertThat(jurorMails).filteredOn(mail -> mail.subject().contains(keyA)).hasSize(2);

    // the outbox: every message of the edition sent once, on the first attempt
    assertThat(outbox.list(null, driver.editionKey, 1000)).hasSize(received().size()).hasSize(24)
        .allSatisfy(message -> {
          assertThat(message.status()).isEqualTo(NotificationOutbox.Status.SENT);
          assertThat(message.attempts()).isEqualTo(1);
          assertThat(message.sentAt()).isNotNull();
        });
    assertThat(outbox.list(null, keyA, 100)).hasSize(5 + 5 + 2);
  }
}
