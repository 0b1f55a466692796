package id.kipp.presentation;

import id.kipp.shared.CompetitionCalendar;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Presentation results per finalist (table {@code presentation_result}, db/migration V10): the jurors' presentation
 * scores combined by "Hitung nilai presentasi", read by the final ranking. Writes join the caller's transaction (the
 * engine's); a retried step writes the same row again.
 */
@Repository
public class PresentationResults {

  private final JdbcTemplate jdbc;
  private final CompetitionCalendar calendar;

  public PresentationResults(JdbcTemplate jdbc, CompetitionCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** The finalist's presentation score; replaces an earlier computation for the same entry. */
  public void record(String entryKey, String editionKey, double presentationScore, int jurorCount) {
    Timestamp now = Timestamp.from(calendar.now());
    int updated = jdbc.update("UPDATE presentation_result SET edition_key = ?, presentation_score = ?, juror_count = ?,"
        + " computed_at = ? WHERE entry_key = ?", editionKey, presentationScore, jurorCount, now, entryKey);
    if (updated == 0) {
      jdbc.update("INSERT INTO presentation_result (entry_key, edition_key, presentation_score, juror_count,"
          + " computed_at) VALUES (?, ?, ?, ?, ?)", entryKey, editionKey, presentationScore, jurorCount, now);
    }
  }

  public Optional<Double> score(String entryKey) {
    return jdbc.queryForList("SELECT presentation_score FROM presentation_result WHERE entry_key = ?", Double.class,
        entryKey).stream().findFirst();
  }

  /** The presentation scores of an edition's finalists by entry key. */
  public Map<String, Double> ofEdition(String editionKey) {
    Map<String, Double> scores = new HashMap<>();
    jdbc.query("SELECT entry_key, presentation_score FROM presentation_result WHERE edition_key = ?",
        rs -> {
          scores.put(rs.getString(1), rs.getDouble(2));
        }, editionKey);
    return scores;
  }
}
