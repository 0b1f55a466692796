package id.kipp.edition;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The entries' reports to their edition, counted per edition and stage in table {@code edition_tally} (Flyway V26)
 * instead of in the edition instance: a report is one {@code UPDATE … SET reported = reported + 1}, which takes the
 * row's lock and holds it only for the rest of the entry's transaction, so reports of one edition queue for
 * milliseconds and never conflict on the edition's variables. The database serialises the updates of a row, on H2 as
 * on PostgreSQL and across nodes; the statement reads the row's newest committed version, so no report is lost.
 *
 * <p>Exactly one transaction sees a stage complete: the report that makes {@code reported} reach {@code expected}, or
 * the edition that sets {@code expected} when the reports already reached it ({@link #expect}). Both update the same
 * row, so they run one after the other. Everything happens in the caller's transaction: a report rolled back is
 * uncounted.
 */
@Component
public class EditionTally {

  /** One stage's tally: {@code expected} is null until the edition waits for the stage. */
  public record Tally(Long expected, long reported, long passed) {

    /** Every expected report is in. */
    public boolean complete() {
      return expected != null && reported >= expected;
    }

    /** The report that returned this tally was the last one expected: its caller continues the edition. */
    public boolean completedByReport() {
      return expected != null && reported == expected;
    }
  }

  private final JdbcTemplate jdbc;
  private final Dialect dialect;

  public EditionTally(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.dialect = new Dialect(jdbc);
  }

  /** Creates the edition's rows when missing (in the edition's set-up transaction: reports never create them). */
  public void prepare(String editionKey) {
    for (ReportedStage stage : ReportedStage.values()) {
      prepare(editionKey, stage);
    }
  }

  /**
   * Counts one report of {@code stage} (and one passed when {@code passed}); returns the tally after it. The row
   * stays locked until the caller's transaction ends.
   */
  public Tally report(String editionKey, ReportedStage stage, boolean passed) {
    String update = "UPDATE edition_tally SET reported = reported + 1, passed = passed + ? "
        + "WHERE edition_key = ? AND stage = ?";
    if (jdbc.update(update, passed ? 1 : 0, editionKey, stage.name()) == 0) {
      prepare(editionKey, stage);
      jdbc.update(update, passed ? 1 : 0, editionKey, stage.name());
    }
    return read(editionKey, stage);
  }

  /**
   * Sets how many reports {@code stage} waits for and adds the reports the edition counted in its own variables
   * before ({@code earlierReported}, {@code earlierPassed}: an edition moved to the current model in the middle of a
   * stage; 0 otherwise); returns the tally (the row stays locked until the caller's transaction ends).
   */
  public Tally expect(String editionKey, ReportedStage stage, long expected, long earlierReported,
      long earlierPassed) {
    String update = "UPDATE edition_tally SET expected = ?, reported = reported + ?, passed = passed + ? "
        + "WHERE edition_key = ? AND stage = ?";
    Object[] values = {expected, earlierReported, earlierPassed, editionKey, stage.name()};
    if (jdbc.update(update, values) == 0) {
      prepare(editionKey, stage);
      jdbc.update(update, values);
    }
    return read(editionKey, stage);
  }

  /** The stage's tally as committed (or as changed by this transaction); all zero for an edition without rows. */
  public Tally read(String editionKey, ReportedStage stage) {
    List<Tally> rows = jdbc.query("SELECT expected, reported, passed FROM edition_tally "
            + "WHERE edition_key = ? AND stage = ?",
        (rs, i) -> new Tally(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2), rs.getLong(3)),
        editionKey, stage.name());
    return rows.isEmpty() ? new Tally(null, 0, 0) : rows.get(0);
  }

  /** Inserts the row when missing; an existing row keeps its counts (H2's MERGE sets only the key columns). */
  private void prepare(String editionKey, ReportedStage stage) {
    jdbc.update(dialect.postgres()
            ? "INSERT INTO edition_tally (edition_key, stage) VALUES (?, ?) ON CONFLICT DO NOTHING"
            : "MERGE INTO edition_tally (edition_key, stage) KEY (edition_key, stage) VALUES (?, ?)",
        editionKey, stage.name());
  }
}
