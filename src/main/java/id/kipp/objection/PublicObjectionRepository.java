package id.kipp.objection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables of uji publik (Flyway V20): public objections and the outcome per objected entry. */
@Repository
public class PublicObjectionRepository {

  /** One stored public objection (with the objector's contact data: never for a public page). */
  public record Stored(long id, String editionKey, String stageInstanceId, String entryKey, String reason,
      String objectorName, String objectorEmail, Long documentId, Instant tokenExpiresAt, Instant filedAt,
      Instant confirmedAt, String decision, String decisionReason) {}

  /** The outcome for one objected entry, as the public page shows it. */
  public record Outcome(String entryKey, int objections, boolean upheld) {}

  private static final String COLUMNS = "id, edition_key, stage_instance_id, entry_key, reason, objector_name,"
      + " objector_email, document_id, token_expires_at, filed_at, confirmed_at, decision, decision_reason";

  private final JdbcTemplate jdbc;

  public PublicObjectionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String editionKey, String stageInstanceId, String entryKey, String reason, String name, String email,
      String clientHash, Long documentId, String tokenHash, Instant expiresAt, Instant now) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      PreparedStatement statement = connection.prepareStatement("INSERT INTO public_objection (edition_key,"
          + " stage_instance_id, entry_key, reason, objector_name, objector_email, client_hash, document_id,"
          + " token_hash, token_expires_at, filed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, editionKey);
      statement.setString(2, stageInstanceId);
      statement.setString(3, entryKey);
      statement.setString(4, reason);
      statement.setString(5, name);
      statement.setString(6, email);
      statement.setString(7, clientHash);
      if (documentId == null) {
        statement.setNull(8, Types.BIGINT);
      } else {
        statement.setLong(8, documentId);
      }
      statement.setString(9, tokenHash);
      statement.setTimestamp(10, Timestamp.from(expiresAt));
      statement.setTimestamp(11, Timestamp.from(now));
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  Optional<Stored> byTokenHash(String tokenHash) {
    return jdbc.query("SELECT " + COLUMNS + " FROM public_objection WHERE token_hash = ?", PublicObjectionRepository::map,
        tokenHash).stream().findFirst();
  }

  /** One objection by its id (the decision task's link to its attachment). */
  Optional<Stored> byId(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM public_objection WHERE id = ?", PublicObjectionRepository::map, id)
        .stream().findFirst();
  }

  /** Marks the objection confirmed unless it already is; true when this call confirmed it. */
  boolean confirm(long id, Instant now) {
    return jdbc.update("UPDATE public_objection SET confirmed_at = ? WHERE id = ? AND confirmed_at IS NULL",
        Timestamp.from(now), id) == 1;
  }

  /** Objections filed from this address (case-insensitive) since {@code since}. */
  int countByEmailSince(String email, Instant since) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM public_objection WHERE objector_email = ? AND filed_at >= ?",
        Integer.class, email, Timestamp.from(since));
  }

  /** Objections filed by this client (IP address hash) since {@code since}. */
  int countByClientSince(String clientHash, Instant since) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM public_objection WHERE client_hash = ? AND filed_at >= ?",
        Integer.class, clientHash, Timestamp.from(since));
  }

  /** The confirmed objections of one uji-publik stage, oldest first. */
  public List<Stored> confirmedOf(String stageInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM public_objection WHERE stage_instance_id = ?"
        + " AND confirmed_at IS NOT NULL ORDER BY confirmed_at, id", PublicObjectionRepository::map, stageInstanceId);
  }

  /** Every objection of an edition, confirmed or not (for tests and the administrator). */
  public List<Stored> ofEdition(String editionKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM public_objection WHERE edition_key = ? ORDER BY id",
        PublicObjectionRepository::map, editionKey);
  }

  void decide(long id, String decision, String reason, Instant now) {
    jdbc.update("UPDATE public_objection SET decision = ?, decision_reason = ?, decided_at = ? WHERE id = ?",
        decision, reason, Timestamp.from(now), id);
  }

  void saveOutcome(String editionKey, String entryKey, int objections, boolean upheld, Instant now) {
    jdbc.update("DELETE FROM objection_outcome WHERE edition_key = ? AND entry_key = ?", editionKey, entryKey);
    jdbc.update("INSERT INTO objection_outcome (edition_key, entry_key, objections, upheld, decided_at)"
        + " VALUES (?, ?, ?, ?, ?)", editionKey, entryKey, objections, upheld, Timestamp.from(now));
  }

  public List<Outcome> outcomes(String editionKey) {
    return jdbc.query("SELECT entry_key, objections, upheld FROM objection_outcome WHERE edition_key = ?"
            + " ORDER BY entry_key",
        (rs, row) -> new Outcome(rs.getString(1), rs.getInt(2), rs.getBoolean(3)), editionKey);
  }

  private static Stored map(ResultSet rs, int row) throws SQLException {
    long document = rs.getLong("document_id");
    Long documentId = rs.wasNull() ? null : document;
    return new Stored(rs.getLong("id"), rs.getString("edition_key"), rs.getString("stage_instance_id"),
        rs.getString("entry_key"), rs.getString("reason"), rs.getString("objector_name"),
        rs.getString("objector_email"), documentId, instant(rs, "token_expires_at"),
        instant(rs, "filed_at"), instant(rs, "confirmed_at"), rs.getString("decision"),
        rs.getString("decision_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
