package id.kipp.award;

import id.kipp.shared.CompetitionCalendar;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The final ranking of an edition (table {@code final_standing}, db/migration V10), as "Hitung peringkat akhir dan
 * usulan pemenang" computed it: the ranking the Pimpinan signs off, that "Umumkan hasil kepada peserta" announces and
 * the results snapshot and the catalogue copy. Replaced as a whole when the ranking is computed again; writes join the
 * caller's transaction (the engine's).
 */
@Repository
public class FinalStandings {

  private static final String COLUMNS = "process_instance_id, entry_key, title, agency, group_name, final_rank,"
      + " ranking_desk_score, presentation_score, final_score, winner";

  private final JdbcTemplate jdbc;
  private final CompetitionCalendar calendar;

  public FinalStandings(JdbcTemplate jdbc, CompetitionCalendar calendar) {
    this.jdbc = jdbc;
    this.calendar = calendar;
  }

  /** The edition's final ranking, replacing an earlier one; {@code standings} in ranking order (group, then rank). */
  public void replace(String editionKey, List<FinalStanding> standings) {
    jdbc.update("DELETE FROM final_standing WHERE edition_key = ?", editionKey);
    Timestamp now = Timestamp.from(calendar.now());
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < standings.size(); i++) {
      FinalStanding standing = standings.get(i);
      rows.add(new Object[] {standing.entryKey(), editionKey, standing.processInstanceId(), standing.group(), i,
          standing.rank(), standing.title(), standing.agency(), standing.rankingDeskScore(),
          standing.presentationScore(), standing.finalScore(), standing.winner(), now});
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate("INSERT INTO final_standing (entry_key, edition_key, process_instance_id, group_name, position,"
          + " final_rank, title, agency, ranking_desk_score, presentation_score, final_score, winner, computed_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }
  }

  /** The edition's final ranking in ranking order; empty before it was computed. */
  public List<FinalStanding> of(String editionKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM final_standing WHERE edition_key = ? ORDER BY position",
        (rs, row) -> standing(rs), editionKey);
  }

  /** One entry's line of its edition's final ranking, if it is a finalist of a computed ranking. */
  public Optional<FinalStanding> find(String entryKey) {
    return jdbc.query("SELECT " + COLUMNS + " FROM final_standing WHERE entry_key = ?", (rs, row) -> standing(rs),
        entryKey).stream().findFirst();
  }

  private static FinalStanding standing(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new FinalStanding(rs.getString("process_instance_id"), rs.getString("entry_key"), rs.getString("title"),
        rs.getString("agency"), rs.getString("group_name"), rs.getInt("final_rank"), rs.getDouble("ranking_desk_score"),
        rs.getObject("presentation_score", Double.class), rs.getDouble("final_score"), rs.getBoolean("winner"));
  }
}
