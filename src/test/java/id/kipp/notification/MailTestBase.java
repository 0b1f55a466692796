package id.kipp.notification;

import id.kipp.testsupport.TestClock;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SmtpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real application with a real SMTP server in the test's JVM (GreenMail, one per test method) on a free port,
 * its own H2 database (so the outbox holds only these tests' messages), and a template directory the tests may write
 * to. The background sender is off (application-test.yaml): tests send the outbox themselves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-notification-test;DB_CLOSE_DELAY=-1",
        "kipp.notification.from=sekretariat@kompetisi.contoh.go.id",
        "kipp.notification.retry.max-attempts=3", "kipp.notification.retry.first-delay=PT1M"})
@ActiveProfiles("test")
abstract class MailTestBase {

  static final Path TEMPLATE_DIR = tempDir();

  @RegisterExtension
  static final SmtpServer GREEN_MAIL = new SmtpServer();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry registry) {
    GREEN_MAIL.register(registry);
    registry.add("kipp.notification.template-dir", TEMPLATE_DIR::toString);
  }

  @Autowired
  protected ProcessEngine engine;

  @Autowired
  protected NotificationSender sender;

  @Autowired
  protected NotificationOutbox outbox;

  protected CompetitionDriver driver;

  @BeforeEach
  void newDriver() {
    driver = new CompetitionDriver(engine, "SURAT");
  }

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  /** Runs the sender until nothing is due. */
  protected void sendAll() {
    SmtpServer.sendAll(sender);
  }

  /** Gives an existing user a name and an e-mail address. */
  protected void email(String userId, String firstName, String lastName, String address) {
    User user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(address);
    engine.getIdentityService().saveUser(user);
  }

  /** A received message, decoded. */
  protected record Mail(String to, String from, String subject, String body, String template) {
    static Mail of(MimeMessage message) {
      try {
        String header = message.getHeader("X-Kipp-Notification", null);
        return new Mail(message.getRecipients(Message.RecipientType.TO)[0].toString(),
            message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString().replace("\r\n", "\n"),
            header == null ? null : header.substring(0, header.indexOf('/')));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Every message the SMTP server received, in order. */
  protected List<Mail> received() {
    return Arrays.stream(GREEN_MAIL.getReceivedMessages()).map(Mail::of).toList();
  }

  /** The messages to one address (the part of the To header inside angle brackets, or all of it). */
  protected List<Mail> to(String address) {
    return received().stream().filter(mail -> mail.to().equalsIgnoreCase(address)
        || mail.to().toLowerCase().endsWith("<" + address.toLowerCase() + ">")).toList();
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("kipp-templates");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
