package id.kipp.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The e-mail outbox (table {@code notification}, V3). Rows are written inside the process engine's transaction (the
 * engine and this JdbcTemplate share Spring's transaction on the same DataSource), so an e-mail exists exactly when
 * the step that caused it committed. The sender claims a row with a conditional update before sending it, so two
 * application nodes never send the same row twice at the same time.
 */
@Repository
public class NotificationOutbox {

  public enum Status { PENDING, SENT, FAILED }

  /** One message as stored. */
  public record Message(long id, String template, String recipientAddress, String recipientName, String subject,
      String body, String editionKey, String entryKey, Status status, int attempts, Instant nextAttemptAt,
      String lastError, Instant createdAt, Instant sentAt, String model) {

    /** Whether the message still waits to be rendered from its {@link #model} (see {@link #addToRender}). */
    public boolean unrendered() {
      return body == null && model != null;
    }
  }

  private static final String COLUMNS = "id, template, recipient_address, recipient_name, subject, body, edition_key,"
      + " entry_key, status, attempts, next_attempt_at, last_error, created_at, sent_at, model";

  private final JdbcTemplate jdbc;

  public NotificationOutbox(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A message to be sent from {@code now} on. */
  public void addPending(String template, Recipient recipient, NotificationTemplates.Rendered rendered,
      String editionKey, String entryKey, Instant now) {
    insert(template, recipient, rendered.subject(), rendered.body(), editionKey, entryKey, Status.PENDING, null, now,
        null);
  }

  /**
   * A message to be sent from {@code now} on, rendered by the sender when it first takes it: {@code model} is the
   * template's model as JSON (the process step then only serializes a few strings instead of rendering a template).
   */
  public void addToRender(String template, Recipient recipient, String model, String editionKey, String entryKey,
      Instant now) {
    insert(template, recipient, null, null, editionKey, entryKey, Status.PENDING, null, now, model);
  }

  /** Stores the rendered text of a message added with {@link #addToRender}; its model is no longer needed. */
  public void rendered(long id, NotificationTemplates.Rendered rendered) {
    jdbc.update("UPDATE notification SET subject = ?, body = ?, model = NULL WHERE id = ?", cut(rendered.subject(), 500),
        rendered.body(), id);
  }

  /** A message whose template could not be rendered: FAILED with the reason, never sent (as {@link #addFailed}). */
  public void markUncomposable(long id, String error) {
    jdbc.update("UPDATE notification SET status = 'FAILED', model = NULL, last_error = ? WHERE id = ?", cut(error, 2000),
        id);
  }

  /** A message that could not be composed (e.g. a template error): kept as FAILED with the reason, never sent. */
  public void addFailed(String template, Recipient recipient, String editionKey, String entryKey, String error,
      Instant now) {
    insert(template, recipient, null, null, editionKey, entryKey, Status.FAILED, error, now, null);
  }

  private void insert(String template, Recipient recipient, String subject, String body, String editionKey,
      String entryKey, Status status, String error, Instant now, String model) {
    jdbc.update("INSERT INTO notification (template, recipient_address, recipient_name, subject, body, edition_key,"
            + " entry_key, status, attempts, next_attempt_at, last_error, created_at, model)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
        cut(template, 100), recipient == null ? null : cut(recipient.address(), 320),
        recipient == null ? null : cut(recipient.name(), 200), cut(subject, 500), body, cut(editionKey, 64),
        cut(entryKey, 80), status.name(), Timestamp.from(now), cut(error, 2000), Timestamp.from(now), model);
  }

  /** Pending messages due at {@code now}, oldest first. */
  public List<Message> due(Instant now, int limit) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE status = 'PENDING' AND next_attempt_at <= ?"
        + " ORDER BY next_attempt_at, id LIMIT ?", MAPPER, Timestamp.from(now), limit);
  }

  /**
   * Takes a due message for one attempt: counts the attempt and moves its next attempt to {@code retryAt}, but only
   * if nobody else took it since it was read. A node that dies while sending leaves it to be tried again then.
   */
  public boolean claim(Message message, Instant retryAt) {
    return jdbc.update("UPDATE notification SET attempts = attempts + 1, next_attempt_at = ?"
            + " WHERE id = ? AND status = 'PENDING' AND attempts = ?",
        Timestamp.from(retryAt), message.id(), message.attempts()) == 1;
  }

  public void markSent(long id, Instant now) {
    jdbc.update("UPDATE notification SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?",
        Timestamp.from(now), id);
  }

  /** Records a failed attempt; the message stays PENDING (retried at its next attempt) or is given up. */
  public void markAttemptFailed(long id, String error, boolean givenUp) {
    jdbc.update("UPDATE notification SET last_error = ?, status = ? WHERE id = ?", cut(error, 2000),
        givenUp ? Status.FAILED.name() : Status.PENDING.name(), id);
  }

  /**
   * Puts a given-up message back in the queue with fresh attempts; false if it is not FAILED or has neither text nor a
   * model to render it from.
   */
  public boolean requeue(long id, Instant now) {
    return jdbc.update("UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = ?"
        + " WHERE id = ? AND status = 'FAILED' AND (body IS NOT NULL OR model IS NOT NULL)", Timestamp.from(now), id) == 1;
  }

  public Optional<Message> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE id = ?", MAPPER, id).stream().findFirst();
  }

  /** Newest first, optionally only one status and/or one entry (or edition, by key prefix). */
  public List<Message> list(Status status, String key, int limit) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM notification WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (status != null) {
      sql.append(" AND status = ?");
      args.add(status.name());
    }
    if (key != null && !key.isBlank()) {
      sql.append(" AND (entry_key = ? OR edition_key = ?)");
      args.add(key.trim());
      args.add(key.trim());
    }
    sql.append(" ORDER BY id DESC LIMIT ?");
    args.add(limit);
    return jdbc.query(sql.toString(), MAPPER, args.toArray());
  }

  /** Number of messages per status (for the start-up log and tests). */
  public long count(Status status) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = ?", Long.class, status.name());
    return count == null ? 0 : count;
  }

  private static final RowMapper<Message> MAPPER = NotificationOutbox::map;

  private static Message map(ResultSet rs, int row) throws SQLException {
    return new Message(rs.getLong("id"), rs.getString("template"), rs.getString("recipient_address"),
        rs.getString("recipient_name"), rs.getString("subject"), rs.getString("body"), rs.getString("edition_key"),
        rs.getString("entry_key"), Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")), rs.getString("last_error"), instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("sent_at")), rs.getString("model"));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
  }
}
