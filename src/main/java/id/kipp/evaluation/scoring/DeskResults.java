package id.kipp.evaluation.scoring;

import id.kipp.shared.CompetitionCalendar;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Desk results per entry (table {@code desk_result}, db/migration V10): written by "Hitung nilai proposal"
 * ({@link #record}), "Tetapkan konsensus penilaian" ({@link #setConsensus}) and the desk ranking
 * ({@link #setNormalised}, {@link #setDecision}); read by everything that ranks or reports an entry's desk score.
 * Every write joins the caller's transaction (the engine's) and sets values rather than adding them, so a step that is
 * retried writes the same row again.
 */
@Repository
public class DeskResults {

  private static final String COLUMNS = "entry_key, edition_key, desk_score, innovation_score, juror_count,"
      + " disagreement, disagreement_findings, normalised_score, consensus_score, consensus_by, consensus_at,"
      + " group_name, desk_rank, finalist, excluded";

  private final JdbcTemplate jdbc;
  private final CompetitionCalendar calendar;

  public DeskResults(JdbcTemplate jdbc, CompetitionCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /**
   * The entry's desk score as computed from its jurors' evaluations; replaces an earlier computation of the same entry
   * and keeps what was decided later (consensus, normalised score, ranking).
   */
  public void record(String entryKey, String editionKey, double deskScore, double innovationScore, int jurorCount,
      String disagreementFindings) {
    Timestamp now = Timestamp.from(calendar.now());
    boolean disagreement = disagreementFindings != null;
    int updated = jdbc.update("UPDATE desk_result SET edition_key = ?, desk_score = ?, innovation_score = ?,"
            + " juror_count = ?, disagreement = ?, disagreement_findings = ?, computed_at = ? WHERE entry_key = ?",
        editionKey, deskScore, innovationScore, jurorCount, disagreement, disagreementFindings, now, entryKey);
    if (updated == 0) {
      jdbc.update("INSERT INTO desk_result (entry_key, edition_key, desk_score, innovation_score, juror_count,"
              + " disagreement, disagreement_findings, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          entryKey, editionKey, deskScore, innovationScore, jurorCount, disagreement, disagreementFindings, now);
    }
  }

  public Optional<DeskResult> find(String entryKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM desk_result WHERE entry_key = ?", DeskResults::row, entryKey)
        .stream().findFirst();
  }

  /** The desk results of an edition by entry key, in entry key order. */
  public Map<String, DeskResult> ofEdition(String editionKey) {
    Map<String, DeskResult> results = new LinkedHashMap<>();
    jdbc.query("SELECT " + COLUMNS + " FROM desk_result WHERE edition_key = ? ORDER BY entry_key", DeskResults::row,
        editionKey).forEach(result -> results.put(result.entryKey(), result));
    return results;
  }

  /** The entries of an edition flagged for disagreement, in entry key order. */
  public List<DeskResult> flagged(String editionKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM desk_result WHERE edition_key = ? AND disagreement = TRUE"
        + " ORDER BY entry_key", DeskResults::row, editionKey);
  }

  /**
   * The consensus of an edition: these entries' consensus scores, recorded by {@code by}; every other entry of the
   * edition has none.
   */
  public void setConsensus(String editionKey, Map<String, Double> scores, String by) {
    Timestamp now = Timestamp.from(calendar.now());
    jdbc.update("UPDATE desk_result SET consensus_score = NULL, consensus_by = NULL, consensus_at = NULL"
        + " WHERE edition_key = ?", editionKey);
    List<Object[]> rows = new ArrayList<>();
    scores.forEach((entryKey, score) -> rows.add(new Object[] {score, by, now, editionKey, entryKey}));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("UPDATE desk_result SET consensus_score = ?, consensus_by = ?, consensus_at = ?"
          + " WHERE edition_key = ? AND entry_key = ?", rows);
    }
  }

  /** The normalised scores of an edition's entries; an entry not in the map has none (the edition does not normalise). */
  public void setNormalised(String editionKey, Map<String, Double> scores) {
    jdbc.update("UPDATE desk_result SET normalised_score = NULL WHERE edition_key = ?", editionKey);
    List<Object[]> rows = new ArrayList<>();
    scores.forEach((entryKey, score) -> rows.add(new Object[] {score, editionKey, entryKey}));
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("UPDATE desk_result SET normalised_score = ? WHERE edition_key = ? AND entry_key = ?", rows);
    }
  }

  /** One entry's place in the desk ranking, as "Tetapkan finalis per kelompok" decided it. */
  public record Decision(String entryKey, String group, int deskRank, boolean finalist, boolean excluded) {}

  /** The desk ranking's decision for an edition's ranked entries. */
  public void setDecision(String editionKey, List<Decision> decisions) {
    List<Object[]> rows = new ArrayList<>();
    for (Decision decision : decisions) {
      rows.add(new Object[] {decision.group(), decision.deskRank(), decision.finalist(), decision.excluded(),
          editionKey, decision.entryKey()});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("UPDATE desk_result SET group_name = ?, desk_rank = ?, finalist = ?, excluded = ?"
          + " WHERE edition_key = ? AND entry_key = ?", rows);
    }
  }

  private static DeskResult row(ResultSet rs, int row) throws SQLException {
    Timestamp consensusAt = rs.getTimestamp("consensus_at");
    return new DeskResult(rs.getString("entry_key"), rs.getString("edition_key"), rs.getDouble("desk_score"),
        rs.getDouble("innovation_score"), rs.getInt("juror_count"), rs.getBoolean("disagreement"),
        rs.getString("disagreement_findings"), rs.getObject("normalised_score", Double.class),
        rs.getObject("consensus_score", Double.class), rs.getString("consensus_by"),
        consensusAt == null ? null : consensusAt.toInstant(), rs.getString("group_name"),
        rs.getObject("desk_rank", Integer.class), rs.getObject("finalist", Boolean.class),
        rs.getObject("excluded", Boolean.class));
  }
}
