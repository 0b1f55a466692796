package id.kipp.notification;

import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's promises: an e-mail exists exactly when its process step committed; an SMTP server that is down
 * delays e-mail but never the process, failed sends are retried with growing waits and given up after the maximum
 * attempts (then visible and re-queueable over the API); a template replaced by the administrator applies at once,
 * and a broken one stores a FAILED message while the process goes on.
 */
class OutboxDeliveryTest extends MailTestBase {

  @Autowired
  PlatformTransactionManager transactions;

  @Autowired
  TestRestTemplate http;

  String participant;
  String secretariat;

  @BeforeEach
  void edition() {
    BpmnAwareTests.init(engine);
    driver.withJurors(1).openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    participant = driver.participant("peserta");
    secretariat = driver.code.toLowerCase() + "sekretariat";
  }

  @AfterEach
  void removeTemplates() throws Exception {
    try (var files = Files.list(TEMPLATE_DIR)) {
      for (var file : files.toList()) {
        Files.delete(file);
      }
    }
  }

  ProcessInstance register(String title) {
    return driver.register(participant, driver.registrationForm("Dinas " + title + " " + driver.code,
        "Perangkat Daerah", title));
  }

  List<NotificationOutbox.Message> messages(ProcessInstance entry) {
    List<NotificationOutbox.Message> newestFirst = new java.util.ArrayList<>(outbox.list(null, entry.getBusinessKey(), 100));
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  @Test
  void aRolledBackStepLeavesNoMessage() {
    ProcessInstance entry = register("Layanan Batal");
    assertThat(messages(entry)).extracting(NotificationOutbox.Message::template).containsExactly("pendaftaran-diterima");

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      driver.screen(entry, "PERBAIKAN", "Lengkapi berkas.");
      assertThat(messages(entry)).extracting(NotificationOutbox.Message::template)
          .containsExactly("pendaftaran-diterima", "perbaikan-diminta"); // visible inside the transaction
      status.setRollbackOnly();
    });
    assertThat(entry).isWaitingAt("Task_Screen");
    assertThat(messages(entry)).extracting(NotificationOutbox.Message::template).containsExactly("pendaftaran-diterima");

    driver.screen(entry, "PERBAIKAN", "Lengkapi berkas.");
    assertThat(messages(entry)).extracting(NotificationOutbox.Message::template)
        .containsExactly("pendaftaran-diterima", "perbaikan-diminta");
  }

  @Test
  void theStepStoresTheModelAndTheTextIsRenderedWhenTheMessageIsFirstShownOrSent() {
    ProcessInstance entry = register("Layanan Nanti");
    NotificationOutbox.Message stored = messages(entry).get(0);
    assertThat(stored.unrendered()).isTrue();
    assertThat(stored.subject()).isNull();
    assertThat(stored.status()).isEqualTo(NotificationOutbox.Status.PENDING);

    // the secretariat reads it over the API before it is sent: rendered now, and stored
    ResponseEntity<Map<String, Object>> shown = http.withBasicAuth(secretariat, secretariat).exchange(
        "/api/notifications/" + stored.id(), HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((String) shown.getBody().get("body")).contains("Nomor pendaftaran : " + entry.getBusinessKey());
    NotificationOutbox.Message rendered = outbox.find(stored.id()).orElseThrow();
    assertThat(rendered.unrendered()).isFalse();
    assertThat(rendered.model()).isNull();
    assertThat(rendered.subject()).startsWith("Pendaftaran inovasi diterima — " + entry.getBusinessKey());
    assertThat(rendered.status()).isEqualTo(NotificationOutbox.Status.PENDING);

    // the next message is rendered by the sender when it sends it
    driver.screen(entry, "PERBAIKAN", "Lengkapi berkas.");
    assertThat(messages(entry).get(1).unrendered()).isTrue();
    sendAll();
    assertThat(received()).extracting(Mail::subject).contains(rendered.subject());
    assertThat(received()).extracting(Mail::template).contains("pendaftaran-diterima", "perbaikan-diminta");
    assertThat(messages(entry)).allSatisfy(message -> {
      assertThat(message.status()).isEqualTo(NotificationOutbox.Status.SENT);
      assertThat(message.body()).isNotBlank();
    });
  }

  @Test
  void smtpDownDelaysTheMailNeverTheProcessAndFailedSendsAreRetriedThenGivenUp() throws Exception {
    GREEN_MAIL.stop();
    ProcessInstance entry = register("Layanan Tertunda");
    assertThat(entry).isWaitingAt("Task_Screen");
    Instant start = TestClock.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    ClockUtil.setCurrentTime(Date.from(start));

    // attempt 1 fails: the message stays PENDING with the error, and waits first-delay (1 minute)
    sendAll();
    NotificationOutbox.Message pending = messages(entry).get(0);
    assertThat(pending.status()).isEqualTo(NotificationOutbox.Status.PENDING);
    assertThat(pending.attempts()).isEqualTo(1);
    assertThat(pending.lastError()).contains("Connection refused");
    assertThat(pending.nextAttemptAt()).isEqualTo(start.plus(Duration.ofMinutes(1)));
    assertThat(sender.sendDue().total()).isZero(); // not before its time

    // the process goes on meanwhile: screening writes the next message
    driver.screen(entry, "LOLOS", null);
    driver.runJobs();
    assertThat(entry).isWaitingAt("Task_AwaitJurors");

    // attempt 2 after one minute, attempt 3 two minutes later: the maximum (3 in this test), so FAILED
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofSeconds(61))));
    sendAll();
    assertThat(outbox.find(pending.id()).orElseThrow().attempts()).isEqualTo(2);
    assertThat(outbox.find(pending.id()).orElseThrow().nextAttemptAt())
        .isEqualTo(start.plus(Duration.ofSeconds(61)).plus(Duration.ofMinutes(2)));
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(4))));
    sendAll();
    NotificationOutbox.Message givenUp = outbox.find(pending.id()).orElseThrow();
    assertThat(givenUp.status()).isEqualTo(NotificationOutbox.Status.FAILED);
    assertThat(givenUp.attempts()).isEqualTo(3);
    assertThat(givenUp.lastError()).isNotBlank();

    // the secretariat sees the failed message over the API (and only the secretariat)
    String url = "/api/notifications?status=FAILED&key=" + entry.getBusinessKey();
    assertThat(http.getForEntity(url, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth(participant, participant).getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<List<Map<String, Object>>> failed = http.withBasicAuth(secretariat, secretariat)
        .exchange(url, HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(failed.getBody()).singleElement().satisfies(row -> {
      assertThat(row).containsEntry("id", (int) pending.id()).containsEntry("template", "pendaftaran-diterima")
          .containsEntry("status", "FAILED").containsEntry("attempts", 3)
          .containsEntry("recipient", pending.recipientAddress());
      assertThat((String) row.get("lastError")).isNotBlank();
    });

    // the server is back: the message still pending goes at its time, the given-up one once re-queued
    GREEN_MAIL.start();
    ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(10))));
    sendAll();
    assertThat(received()).extracting(Mail::template).containsExactly("lolos-seleksi");
    ResponseEntity<Map<String, Object>> retry = http.withBasicAuth(secretariat, secretariat).exchange(
        "/api/notifications/" + pending.id() + "/retry", HttpMethod.POST, null, new ParameterizedTypeReference<>() {});
    assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.OK);
    sendAll();
    assertThat(received()).extracting(Mail::template).containsExactly("lolos-seleksi", "pendaftaran-diterima");
    assertThat(outbox.find(pending.id()).orElseThrow().status()).isEqualTo(NotificationOutbox.Status.SENT);
    assertThat(http.withBasicAuth(secretariat, secretariat).postForEntity(
        "/api/notifications/" + pending.id() + "/retry", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void theAdministratorsTemplateAppliesAtOnceAndABrokenOneNeverStopsTheProcess() throws Exception {
    Files.writeString(TEMPLATE_DIR.resolve("lolos-seleksi.txt"),
        "Kabar baik untuk [[${entry.key}]]\n\nYth. [[${recipient.name}]], inovasi \"[[${entry.title}]]\" lolos.\n",
        StandardCharsets.UTF_8);
    Files.writeString(TEMPLATE_DIR.resolve("tidak-lolos-seleksi.txt"),
        "Hasil [[${entry.key}]]\n\n[[${entry.alasan}]]\n", StandardCharsets.UTF_8);
    ProcessInstance passed = register("Layanan Diganti");
    ProcessInstance rejected = register("Layanan Rusak");
    driver.screen(passed, "LOLOS", null);
    driver.screen(rejected, "TIDAK_LOLOS", "Berkas tidak lengkap.");
    driver.runJobs();
    assertThat(passed).isWaitingAt("Task_AwaitJurors");
    assertThat(rejected).isEnded().hasPassed("EndEvent_NotPassedScreening");

    sendAll();
    String contact = "inovasi@dinaslayanandiganti" + driver.code.toLowerCase() + ".example";
    assertThat(to(contact)).extracting(Mail::subject)
        .containsExactly("Pendaftaran inovasi diterima — " + passed.getBusinessKey() + ": Layanan Diganti",
            "Kabar baik untuk " + passed.getBusinessKey());
    assertThat(to(contact).get(1).body().strip()).isEqualTo("Yth. Narahubung Dinas Layanan Diganti " + driver.code
        + ", inovasi \"Layanan Diganti\" lolos.");

    List<NotificationOutbox.Message> broken = messages(rejected).stream()
        .filter(message -> message.template().equals("tidak-lolos-seleksi")).toList();
    // the participant's own account has no address here: only the contact person's message
    assertThat(broken).hasSize(1).allSatisfy(message -> {
      assertThat(message.status()).isEqualTo(NotificationOutbox.Status.FAILED);
      assertThat(message.body()).isNull();
      assertThat(message.lastError()).startsWith("Template tidak-lolos-seleksi tidak dapat disusun: ")
          .contains("entry.alasan").contains("line 3").contains("'alasan' cannot be found");
    });
    assertThat(http.withBasicAuth(secretariat, secretariat).postForEntity(
        "/api/notifications/" + broken.get(0).id() + "/retry", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
  }
}
