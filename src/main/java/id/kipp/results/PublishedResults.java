package id.kipp.results;

import id.kipp.results.PublishedEdition.SignOff;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The snapshot of released results (tables {@code published_edition}, {@code published_group},
 * {@code published_finalist}; see db/migration V5). Written once per edition, never changed; everything public reads
 * from here and nothing else, so an edition that is not in these tables does not exist for the public.
 */
@Repository
public class PublishedResults {

  private final JdbcTemplate jdbc;

  public PublishedResults(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public boolean contains(String editionKey) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM published_edition WHERE edition_key = ?", Integer.class,
        editionKey);
    return count != null && count > 0;
  }

  /** Stores a released edition and its finalists (joins the caller's transaction: the engine's, on release). */
  public void save(PublishedEdition edition, List<PublishedFinalist> finalists) {
    SignOff signOff = edition.signOff();
    jdbc.update("INSERT INTO published_edition (edition_key, process_instance_id, name, edition_year, organiser,"
            + " released_at, signed_off_by, signed_off_by_name, signed_off_at, decree_number, sign_off_note)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        edition.key(), edition.processInstanceId(), edition.name(), edition.year(), edition.organiser(),
        timestamp(edition.releasedAt()), signOff.by(), signOff.byName(), timestamp(signOff.at()),
        signOff.decreeNumber(), signOff.note());
    List<Object[]> groups = new ArrayList<>();
    for (int i = 0; i < edition.groups().size(); i++) {
      groups.add(new Object[] {edition.key(), i, edition.groups().get(i)});
    }
    jdbc.batchUpdate("INSERT INTO published_group (edition_key, position, name) VALUES (?, ?, ?)", groups);
    List<Object[]> rows = new ArrayList<>();
    for (PublishedFinalist finalist : finalists) {
      rows.add(new Object[] {edition.key(), finalist.entryKey(), finalist.group(), finalist.rank(), finalist.winner(),
          finalist.title(), finalist.agency(), finalist.rankingDeskScore(), finalist.presentationScore(),
          finalist.finalScore()});
    }
    jdbc.batchUpdate("INSERT INTO published_finalist (edition_key, entry_key, group_name, final_rank, winner, title,"
        + " agency, desk_score, presentation_score, final_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
  }

  /** Records who signs the certificates of a released edition (once, right after {@link #save}). */
  public void saveCertificateSigning(String editionKey, CertificateSigning signing) {
    jdbc.update("UPDATE published_edition SET certificate_place = ?, certificate_signatory_role = ?,"
        + " certificate_signatory_name = ? WHERE edition_key = ?", signing.place(), signing.signatoryRole(),
        signing.signatoryName(), editionKey);
  }

  /**
   * Who signs the certificates of a released edition, as recorded at its release; empty for an edition released before
   * this was recorded (then the installation's settings apply).
   */
  public Optional<CertificateSigning> certificateSigning(String editionKey) {
    return jdbc.query("SELECT certificate_place, certificate_signatory_role, certificate_signatory_name"
            + " FROM published_edition WHERE edition_key = ? AND certificate_place IS NOT NULL",
        (rs, row) -> new CertificateSigning(rs.getString(1), rs.getString(2), rs.getString(3)), editionKey)
        .stream().findFirst();
  }

  /** Every released edition, the latest release first. */
  public List<PublishedEdition> editions() {
    Map<String, List<String>> groups = new HashMap<>();
    jdbc.query("SELECT edition_key, name FROM published_group ORDER BY edition_key, position",
        (ResultSet rs) -> {
          groups.computeIfAbsent(rs.getString("edition_key"), key -> new ArrayList<>()).add(rs.getString("name"));
        });
    return jdbc.query("SELECT * FROM published_edition ORDER BY released_at DESC, edition_key",
        (rs, row) -> edition(rs, groups.getOrDefault(rs.getString("edition_key"), List.of())));
  }

  public Optional<PublishedEdition> edition(String editionKey) {
    List<String> groups = jdbc.queryForList(
        "SELECT name FROM published_group WHERE edition_key = ? ORDER BY position", String.class, editionKey);
    return jdbc.query("SELECT * FROM published_edition WHERE edition_key = ?", (rs, row) -> edition(rs, groups),
        editionKey).stream().findFirst();
  }

  /** The finalists of a released edition by group (in the edition's order), winners first, then by rank. */
  public List<PublishedFinalist> finalists(String editionKey) {
    return jdbc.query("SELECT f.* FROM published_finalist f LEFT JOIN published_group g"
            + " ON g.edition_key = f.edition_key AND g.name = f.group_name WHERE f.edition_key = ?"
            + " ORDER BY g.position, f.group_name, f.winner DESC, f.final_rank, f.entry_key",
        (rs, row) -> new PublishedFinalist(rs.getString("entry_key"), rs.getString("group_name"),
            rs.getInt("final_rank"), rs.getBoolean("winner"), rs.getString("title"), rs.getString("agency"),
            rs.getDouble("desk_score"), (Double) rs.getObject("presentation_score", Double.class),
            rs.getDouble("final_score")), editionKey);
  }

  private static PublishedEdition edition(ResultSet rs, List<String> groups) throws SQLException {
    return new PublishedEdition(rs.getString("edition_key"), rs.getString("process_instance_id"), rs.getString("name"),
        rs.getInt("edition_year"), rs.getString("organiser"), groups, instant(rs.getTimestamp("released_at")),
        new SignOff(rs.getString("signed_off_by"), rs.getString("signed_off_by_name"),
            instant(rs.getTimestamp("signed_off_at")), rs.getString("decree_number"), rs.getString("sign_off_note")));
  }

  private static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
