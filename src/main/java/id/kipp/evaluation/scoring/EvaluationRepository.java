package id.kipp.evaluation.scoring;

import id.kipp.shared.RuleViolation;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Jurors' scores (tables {@code evaluation} and {@code evaluation_score}, see db/migration). Writes join the process
 * engine's transaction: a task completion that fails leaves no score behind, and the unique key
 * (entry, stage, juror) makes a second score by the same juror impossible.
 */
@Repository
public class EvaluationRepository {

  private final JdbcTemplate jdbc;

  public EvaluationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void save(JurorEvaluation evaluation) {
    KeyHolder keys = new GeneratedKeyHolder();
    try {
      jdbc.update(connection -> {
        PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO evaluation (edition_key, entry_key, stage, juror_id, total_score, comment, task_id, submitted_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
        insert.setString(1, evaluation.editionKey());
        insert.setString(2, evaluation.entryKey());
        insert.setString(3, evaluation.stage());
        insert.setString(4, evaluation.jurorId());
        insert.setDouble(5, evaluation.total());
        insert.setString(6, evaluation.comment());
        insert.setString(7, evaluation.taskId());
        insert.setTimestamp(8, Timestamp.from(evaluation.submittedAt()));
        return insert;
      }, keys);
    } catch (DuplicateKeyException e) {
      throw new RuleViolation("Nilai dari juri " + evaluation.jurorId() + " untuk inovasi " + evaluation.entryKey()
          + " sudah tercatat dan tidak dapat diisi dua kali.");
    }
    long id = keys.getKey().longValue();
    List<Object[]> rows = new ArrayList<>();
    evaluation.scores().forEach((criterion, score) -> rows.add(new Object[] {id, criterion, score}));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO evaluation_score (evaluation_id, criterion, score) VALUES (?, ?, ?)", rows);
    }
  }

  /** Evaluations of one entry at one stage, ordered by juror. */
  public List<JurorEvaluation> find(String entryKey, String stage) {
    return query("entry_key", entryKey, stage);
  }

  /** Evaluations of every entry of an edition at one stage, ordered by entry and juror. */
  public List<JurorEvaluation> findByEdition(String editionKey, String stage) {
    return query("edition_key", editionKey, stage);
  }

  private List<JurorEvaluation> query(String keyColumn, String key, String stage) {
    Map<Long, JurorEvaluation> byId = new LinkedHashMap<>();
    jdbc.query("SELECT id, edition_key, entry_key, stage, juror_id, total_score, comment, task_id, submitted_at"
        + " FROM evaluation WHERE " + keyColumn + " = ? AND stage = ? ORDER BY entry_key, juror_id", rs -> {
          byId.put(rs.getLong("id"), new JurorEvaluation(rs.getString("edition_key"), rs.getString("entry_key"),
              rs.getString("stage"), rs.getString("juror_id"), rs.getDouble("total_score"), new LinkedHashMap<>(),
              rs.getString("comment"), rs.getString("task_id"), rs.getTimestamp("submitted_at").toInstant()));
        }, key, stage);
    if (!byId.isEmpty()) {
      jdbc.query("SELECT s.evaluation_id, s.criterion, s.score FROM evaluation_score s JOIN evaluation e"
          + " ON e.id = s.evaluation_id WHERE e." + keyColumn + " = ? AND e.stage = ? ORDER BY s.evaluation_id, s.criterion",
          rs -> {
            byId.get(rs.getLong(1)).scores().put(rs.getString(2), rs.getDouble(3));
          }, key, stage);
    }
    return List.copyOf(byId.values());
  }
}
