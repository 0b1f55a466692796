package id.kipp.notification;

import id.kipp.shared.CompetitionCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox for the secretariat and administrators ({@code sekretariat}, {@code camunda-admin}; HTTP Basic, see
 * {@code id.kipp.identity.ApiSecurityConfiguration}):
 * {@code GET /api/notifications?status=FAILED&key=MALANG-2019-0007&limit=100} (newest first, without the text),
 * {@code GET /api/notifications/{id}} (with the text) and {@code POST /api/notifications/{id}/retry} (a given-up
 * message is queued again, e.g. after the SMTP settings were fixed).
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

  private static final int MAX_LIMIT = 1000;

  private final NotificationOutbox outbox;
  private final CompetitionCalendar calendar;
  private final NotificationSender sender;

  public NotificationController(NotificationOutbox outbox, CompetitionCalendar calendar, NotificationSender sender) {
    this.outbox = outbox;
    this.calendar = calendar;
    this.sender = sender;
  }

  /**
   * The message with its text: one not yet rendered (the sender renders when it first takes a message, so without an
   * SMTP server messages wait unrendered) is rendered and stored now; one whose template fails becomes FAILED.
   */
  private NotificationOutbox.Message withText(NotificationOutbox.Message message) {
    if (!message.unrendered()) {
      return message;
    }
    NotificationOutbox.Message rendered = sender.render(message);
    return rendered != null ? rendered : outbox.find(message.id()).orElse(message);
  }

  /** One message in a listing: everything but the text. */
  public record Summary(long id, String template, String recipient, String recipientName, String subject,
      String editionKey, String entryKey, String status, int attempts, String nextAttemptAt, String lastError,
      String createdAt, String sentAt) {}

  @GetMapping
  public ResponseEntity<?> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String key, @RequestParam(defaultValue = "100") int limit) {
    NotificationOutbox.Status wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = NotificationOutbox.Status.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("message", "Status harus PENDING, SENT atau FAILED."));
      }
    }
    List<Summary> messages = outbox.list(wanted, key, Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
        .map(this::withText).map(this::summary).toList();
    return ResponseEntity.ok(messages);
  }

  @GetMapping("/{id}")
  public ResponseEntity<?> one(@PathVariable long id) {
    return outbox.find(id).map(this::withText).<ResponseEntity<?>>map(message -> ResponseEntity.ok(Map.of("message", summary(message),
        "body", message.body() == null ? "" : message.body()))).orElseGet(() -> notFound(id));
  }

  @PostMapping("/{id}/retry")
  public ResponseEntity<?> retry(@PathVariable long id) {
    if (outbox.find(id).isEmpty()) {
      return notFound(id);
    }
    if (!outbox.requeue(id, calendar.now())) {
      return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", "Pesan " + id
          + " hanya dapat dikirim ulang bila berstatus FAILED dan isinya sudah tersusun (kesalahan template tidak"
          + " dapat dikirim ulang)."));
    }
    return ResponseEntity.ok(Map.of("message", "Pesan " + id + " akan dikirim ulang."));
  }

  private ResponseEntity<?> notFound(long id) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "Pesan " + id + " tidak ditemukan."));
  }

  private Summary summary(NotificationOutbox.Message m) {
    java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
        .withZone(calendar.zone());
    return new Summary(m.id(), m.template(), m.recipientAddress(), m.recipientName(), m.subject(), m.editionKey(),
        m.entryKey(), m.status().name(), m.attempts(), m.nextAttemptAt() == null ? null : iso.format(m.nextAttemptAt()),
        m.lastError(), m.createdAt() == null ? null : iso.format(m.createdAt()),
        m.sentAt() == null ? null : iso.format(m.sentAt()));
  }
}
