package id.kipp.edition;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries' reports to their edition, counted per edition and stage in tables of our own instead of in the edition
 * instance, so that reports never conflict on the edition's variables: {@code edition_tally} (Flyway V26, one row per
 * edition and stage: {@code expected} and the counts) and {@code edition_report} (V45, one row per entry's report).
 *
 * <p><b>Counted at the very end of the reporting transaction.</b> A report's transaction is an entry's asynchronous
 * job, which after the report still flushes the engine's work (the entry moving on; a refused entry's end deletes its
 * variables and writes history) and commits. A row lock taken where the report is made would be held across all of
 * that (measured: 168 ms per report on PostgreSQL, 3,000 reports one after the other). So {@link #report} only
 * registers a {@link TransactionSynchronization} and counts in its {@code beforeCommit}: after the engine's command
 * context has flushed (Camunda's {@code SpringTransactionInterceptor} runs a command inside the Spring transaction and
 * closes its context before the transaction commits), last among the transaction's synchronizations, on the same
 * connection and in the same transaction. A transaction that rolls back never gets there: its report is uncounted. An
 * exception there rolls the whole transaction back and reaches the caller of the commit: for a job, the engine's
 * failed-job handling (a retry, at last an incident).
 *
 * <p><b>While the edition does not yet wait for the stage</b> ({@code expected} null: screening while registration is
 * open), no report can complete the stage. A report then takes only a shared lock on the stage's row ({@code FOR KEY
 * SHARE} on PostgreSQL), which reports do not wait for among themselves, and inserts its {@code edition_report} row.
 * The edition setting {@code expected} ({@link #expect}) locks the row exclusively ({@code FOR UPDATE}): it waits for
 * the reports holding the shared lock to commit, then adds every report row to the counts; a report that comes later
 * waits for the edition's commit and finds {@code expected} set. (A shared lock may be granted while the edition waits
 * for the exclusive one; each is held only for a commit, so the edition gets it at the first moment no report is
 * committing.)
 *
 * <p><b>Once the edition waits</b>, a report also adds itself to the row's counts ({@code UPDATE … reported = reported
 * + 1}), so reports of the stage run one after the other — but only for their commit. Exactly one transaction sees a
 * stage complete: the report that makes {@code reported} reach {@code expected}, or the edition that sets
 * {@code expected} when the reports already reached it. The last report's action ({@code whenLast}: the edition's
 * counters set through the RuntimeService, which lets the edition's wait continue) runs in the same
 * {@code beforeCommit}; a new engine command there joins the Spring transaction with a command context of its own.
 * The database orders all of this on H2 (which takes {@code FOR UPDATE} where PostgreSQL takes the shared lock: the
 * reports there one after the other for their commit) as on PostgreSQL and across nodes; an entry's report of a stage
 * counts once.
 *
 * <p>Alternatives weighed: a report counted in a transaction of its own would count a report whose job then rolls
 * back; completion decided after the commit would be lost by a crash between the two, without a retry; report rows
 * alone cannot decide completion without a lock held to the commit (two last reports at once each see the other's row
 * uncommitted).
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
   * Counts {@code entryKey}'s report of {@code stage} (passed or not) when the caller's transaction commits, just
   * before it does; if it is the last report the edition waits for, {@code whenLast} is then given the tally (in the
   * same transaction, which it may still roll back by throwing). Needs a Spring-managed transaction.
   */
  public void report(String editionKey, ReportedStage stage, String entryKey, boolean passed,
      Consumer<Tally> whenLast) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("A report to edition " + editionKey + " needs a transaction to count it in");
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        Tally counted = count(editionKey, stage, entryKey, passed);
        if (counted != null && counted.completedByReport()) {
          whenLast.accept(counted);
        }
      }

      @Override
      public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
      }
    });
  }

  /**
   * The report's statements; the tally after it once the edition waits for the stage, null before (or for an entry's
   * report counted already). The stage's row stays locked until the transaction ends.
   */
  private Tally count(String editionKey, ReportedStage stage, String entryKey, boolean passed) {
    Long expected = lock(editionKey, stage, dialect.postgres() ? "FOR KEY SHARE" : "FOR UPDATE");
    if (!insertReport(editionKey, stage, entryKey, passed) || expected == null) {
      return null;
    }
    jdbc.update("UPDATE edition_tally SET reported = reported + 1, passed = passed + ? "
        + "WHERE edition_key = ? AND stage = ?", passed ? 1 : 0, editionKey, stage.name());
    return read(editionKey, stage);
  }

  /**
   * Sets how many reports {@code stage} waits for, adds the reports made before (their rows) and those the edition
   * counted in its own variables ({@code earlierReported}, {@code earlierPassed}: an edition moved to the current
   * model in the middle of a stage; 0 otherwise) to the counts; returns the tally. The row stays locked until the
   * caller's transaction ends: once per stage, and the edition needs the count at once for its wait's condition.
   */
  public Tally expect(String editionKey, ReportedStage stage, long expected, long earlierReported,
      long earlierPassed) {
    long reported = earlierReported;
    long passed = earlierPassed;
    if (lock(editionKey, stage, "FOR UPDATE") == null) {
      long[] rows = reportRows(editionKey, stage);
      reported += rows[0];
      passed += rows[1];
    }
    jdbc.update("UPDATE edition_tally SET expected = ?, reported = reported + ?, passed = passed + ? "
        + "WHERE edition_key = ? AND stage = ?", expected, reported, passed, editionKey, stage.name());
    return read(editionKey, stage);
  }

  /** The stage's tally as committed (or as changed by this transaction); all zero for an edition without rows. */
  public Tally read(String editionKey, ReportedStage stage) {
    List<Tally> rows = jdbc.query("SELECT expected, reported, passed FROM edition_tally "
            + "WHERE edition_key = ? AND stage = ?",
        (rs, i) -> new Tally(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2), rs.getLong(3)),
        editionKey, stage.name());
    Tally counted = rows.isEmpty() ? new Tally(null, 0, 0) : rows.get(0);
    if (counted.expected() != null) {
      return counted;
    }
    long[] reports = reportRows(editionKey, stage);
    return new Tally(null, counted.reported() + reports[0], counted.passed() + reports[1]);
  }

  /**
   * Locks the stage's row ({@code lock}: the clause) and returns its {@code expected}; creates the row when missing.
   */
  private Long lock(String editionKey, ReportedStage stage, String lock) {
    String select = "SELECT expected FROM edition_tally WHERE edition_key = ? AND stage = ? " + lock;
    List<Long> expected = jdbc.queryForList(select, Long.class, editionKey, stage.name());
    if (expected.isEmpty()) {
      prepare(editionKey, stage);
      expected = jdbc.queryForList(select, Long.class, editionKey, stage.name());
    }
    return expected.get(0);
  }

  /**
   * Inserts the report's row; false when the entry's report of the stage is there already (on H2 the reports of a
   * stage hold its row exclusively, so looking first is enough).
   */
  private boolean insertReport(String editionKey, ReportedStage stage, String entryKey, boolean passed) {
    if (dialect.postgres()) {
      return jdbc.update("INSERT INTO edition_report (edition_key, stage, entry_key, passed) VALUES (?, ?, ?, ?) "
          + "ON CONFLICT DO NOTHING", editionKey, stage.name(), entryKey, passed) == 1;
    }
    if (jdbc.queryForObject("SELECT COUNT(*) FROM edition_report WHERE edition_key = ? AND stage = ? "
        + "AND entry_key = ?", Long.class, editionKey, stage.name(), entryKey) > 0) {
      return false;
    }
    return jdbc.update("INSERT INTO edition_report (edition_key, stage, entry_key, passed) VALUES (?, ?, ?, ?)",
        editionKey, stage.name(), entryKey, passed) == 1;
  }

  /** How many report rows the stage has, and how many of them passed. */
  private long[] reportRows(String editionKey, ReportedStage stage) {
    return jdbc.queryForObject("SELECT COUNT(*), COALESCE(SUM(CASE WHEN passed THEN 1 ELSE 0 END), 0) "
            + "FROM edition_report WHERE edition_key = ? AND stage = ?",
        (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, editionKey, stage.name());
  }

  /** Inserts the row when missing; an existing row keeps its counts (H2's MERGE sets only the key columns). */
  private void prepare(String editionKey, ReportedStage stage) {
    jdbc.update(dialect.postgres()
            ? "INSERT INTO edition_tally (edition_key, stage) VALUES (?, ?) ON CONFLICT DO NOTHING"
            : "MERGE INTO edition_tally (edition_key, stage) KEY (edition_key, stage) VALUES (?, ?)",
        editionKey, stage.name());
  }
}
