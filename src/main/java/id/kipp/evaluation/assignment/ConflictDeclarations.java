package id.kipp.evaluation.assignment;

import id.kipp.shared.RuleViolation;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Conflicts of interest declared by jurors (table {@code conflict_declaration}), in the engine's transaction. */
@Repository
public class ConflictDeclarations {

  public record Declaration(String editionKey, String entryKey, String jurorId, String reason, Instant declaredAt,
      String replacedBy) {}

  private final JdbcTemplate jdbc;

  public ConflictDeclarations(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void declare(String editionKey, String entryKey, String jurorId, String reason, Instant at) {
    try {
      jdbc.update("INSERT INTO conflict_declaration (edition_key, entry_key, juror_id, reason, declared_at)"
          + " VALUES (?, ?, ?, ?, ?)", editionKey, entryKey, jurorId, reason, Timestamp.from(at));
    } catch (DuplicateKeyException e) {
      throw new RuleViolation("Konflik kepentingan juri " + jurorId + " untuk inovasi " + entryKey + " sudah tercatat.");
    }
  }

  public void replaced(String entryKey, String jurorId, String replacement) {
    jdbc.update("UPDATE conflict_declaration SET replaced_by = ? WHERE entry_key = ? AND juror_id = ?",
        replacement, entryKey, jurorId);
  }

  public List<Declaration> forEntry(String entryKey) {
    return jdbc.query("SELECT edition_key, entry_key, juror_id, reason, declared_at, replaced_by"
        + " FROM conflict_declaration WHERE entry_key = ? ORDER BY declared_at, juror_id",
        (rs, row) -> new Declaration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getTimestamp(5).toInstant(), rs.getString(6)), entryKey);
  }
}
