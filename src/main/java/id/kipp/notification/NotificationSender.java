package id.kipp.notification;

import id.kipp.shared.CompetitionCalendar;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due messages through the SMTP server of {@code spring.mail.*}, outside any process transaction.
 * A failed attempt is retried after {@code kipp.notification.retry.first-delay}, doubled after each further failure
 * (at most {@code max-delay}); after {@code max-attempts} the message is FAILED and logged as an error. Without
 * {@code spring.mail.host} nothing is sent and the messages wait in the outbox.
 */
@Component
public class NotificationSender {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);

  /** What one round did. */
  public record Round(int sent, int retried, int failed) {
    public int total() {
      return sent + retried + failed;
    }
  }

  private final NotificationOutbox outbox;
  private final NotificationProperties properties;
  private final CompetitionCalendar calendar;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final Environment environment;
  private final NotificationTemplates templates;

  public NotificationSender(NotificationOutbox outbox, NotificationProperties properties, CompetitionCalendar calendar,
      ObjectProvider<JavaMailSender> mailSender, Environment environment, NotificationTemplates templates) {
    this.templates = templates;
    this.outbox = outbox;
    this.properties = properties;
    this.calendar = calendar;
    this.mailSender = mailSender;
    this.environment = environment;
  }

  /** True when e-mail is on and an SMTP server is configured. */
  public boolean configured() {
    return properties.isEnabled() && !environment.getProperty("spring.mail.host", "").isBlank()
        && mailSender.getIfAvailable() != null;
  }

  /**
   * Sends up to {@code kipp.notification.sending.batch-size} due messages over one SMTP connection. Each message is
   * claimed first (see {@link NotificationOutbox#claim}); each failure is recorded on its own message.
   */
  public Round sendDue() {
    if (!configured()) {
      return new Round(0, 0, 0);
    }
    JavaMailSender mail = mailSender.getObject();
    Instant now = calendar.now();
    Map<MimeMessage, NotificationOutbox.Message> batch = new LinkedHashMap<>();
    Map<NotificationOutbox.Message, Exception> failures = new LinkedHashMap<>();
    int uncomposable = 0;
    for (NotificationOutbox.Message message : outbox.due(now, properties.sending().batchSize())) {
      if (!outbox.claim(message, now.plus(properties.retry().delayAfter(message.attempts() + 1)))) {
        continue; // another node took it
      }
      if (message.unrendered()) {
        message = render(message);
        if (message == null) {
          uncomposable++;
          continue;
        }
      }
      try {
        batch.put(mime(mail, message), message);
      } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
        failures.put(message, e);
      }
    }
    if (!batch.isEmpty()) {
      try {
        mail.send(batch.keySet().toArray(MimeMessage[]::new));
      } catch (MailSendException e) {
        // per message: the connection failed (all of them) or the server refused some
        e.getFailedMessages().forEach((mime, cause) -> failures.put(batch.get(mime), cause));
        if (e.getFailedMessages().isEmpty()) {
          batch.values().forEach(message -> failures.put(message, e));
        }
      } catch (MailException e) {
        batch.values().forEach(message -> failures.put(message, e));
      }
    }
    int sent = 0;
    int retried = 0;
    int failed = uncomposable;
    for (NotificationOutbox.Message message : batch.values()) {
      if (!failures.containsKey(message)) {
        outbox.markSent(message.id(), calendar.now());
        sent++;
      }
    }
    for (Map.Entry<NotificationOutbox.Message, Exception> failure : failures.entrySet()) {
      NotificationOutbox.Message message = failure.getKey();
      int attempt = message.attempts() + 1;
      boolean givenUp = attempt >= properties.retry().maxAttempts();
      outbox.markAttemptFailed(message.id(), describe(failure.getValue()), givenUp);
      if (givenUp) {
        failed++;
        LOG.error("E-mail {} ({}) to {} given up after {} attempts: {}", message.id(), message.template(),
            message.recipientAddress(), attempt, describe(failure.getValue()));
      } else {
        retried++;
        LOG.warn("E-mail {} ({}) to {} not sent (attempt {} of {}), retried later: {}", message.id(),
            message.template(), message.recipientAddress(), attempt, properties.retry().maxAttempts(),
            describe(failure.getValue()));
      }
    }
    return new Round(sent, retried, failed);
  }

  /**
   * Renders a message written with its model ({@link NotificationOutbox#addToRender}) and stores its text; a template
   * that cannot be rendered makes it FAILED with the reason (null is returned).
   */
  NotificationOutbox.Message render(NotificationOutbox.Message message) {
    NotificationTemplates.Rendered rendered;
    try {
      Map<String, Object> model = MODEL_JSON.readValue(message.model(),
          new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {});
      rendered = templates.render(message.template(), model);
    } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
      LOG.error("E-mail {} ({}) to {} not composed from {}", message.id(), message.template(),
          message.recipientAddress(), templates.source(message.template()), e);
      outbox.markUncomposable(message.id(), "Template " + message.template() + " tidak dapat disusun: " + e.getMessage());
      return null;
    }
    outbox.rendered(message.id(), rendered);
    return new NotificationOutbox.Message(message.id(), message.template(), message.recipientAddress(),
        message.recipientName(), rendered.subject(), rendered.body(), message.editionKey(), message.entryKey(),
        message.status(), message.attempts(), message.nextAttemptAt(), message.lastError(), message.createdAt(),
        message.sentAt(), null);
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper MODEL_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private MimeMessage mime(JavaMailSender mail, NotificationOutbox.Message message)
      throws MessagingException, UnsupportedEncodingException {
    MimeMessage mime = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
    helper.setFrom(new InternetAddress(properties.from(), properties.fromName(), StandardCharsets.UTF_8.name()));
    helper.setTo(new InternetAddress(message.recipientAddress(),
        message.recipientName() == null || message.recipientName().isBlank() ? null : message.recipientName(),
        StandardCharsets.UTF_8.name()));
    helper.setSubject(message.subject());
    helper.setText(message.body(), false);
    mime.setHeader("X-Kipp-Notification", message.template() + "/" + message.id());
    return mime;
  }

  private static String describe(Throwable e) {
    StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
    Throwable cause = e.getCause();
    for (int depth = 0; cause != null && depth < 3; depth++, cause = cause.getCause()) {
      text.append(" / ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
    }
    return text.toString();
  }
}
