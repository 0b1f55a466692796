package id.kipp.edition;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The entries' reports to their edition, counted per edition and stage in table {@code edition_tally} (Flyway V26)
 * instead of in the edition instance, so that reports never conflict on the edition's variables. The database
 * serialises the updates of a row, on H2 as on PostgreSQL and across nodes; an {@code UPDATE … SET reported =
 * reported + 1} reads the row's newest committed version, so no report is lost.
 *
 * <p><b>Counted at the very end of the reporting transaction.</b> The row's lock is held from the {@code UPDATE} until
 * the transaction ends. A report's transaction is an entry's asynchronous job, which after the report still flushes
 * the engine's work (the entry moving on; a refused entry's end deletes its variables and writes history) and commits;
 * had the {@code UPDATE} run where the report is made, every other report of the edition would wait for all of that
 * (measured: 168 ms per report on PostgreSQL, 3,000 reports one after the other). So {@link #report} only registers a
 * {@link TransactionSynchronization} and the {@code UPDATE} runs in its {@code beforeCommit}: after the engine's
 * command context has flushed (Camunda's {@code SpringTransactionInterceptor} runs the command inside the Spring
 * transaction and closes its context before the transaction commits), last among the transaction's synchronizations,
 * on the same connection and in the same transaction. The row is then held only for the commit itself.
 *
 * <p>Exactly one transaction sees a stage complete: the report that makes {@code reported} reach {@code expected}, or
 * the edition that sets {@code expected} when the reports already reached it ({@link #expect}). Both update the same
 * row, so they run one after the other; the report's action for the last report ({@code whenLast}: the edition's
 * counters are set through the RuntimeService, which lets the edition's wait continue) runs there too, still before
 * the commit. A new engine command there joins the same Spring transaction (propagation REQUIRED) with a command
 * context of its own. A transaction that rolls back never reaches {@code beforeCommit}: its report is uncounted. An
 * exception in {@code beforeCommit} (the {@code UPDATE} or {@code whenLast}) rolls the whole transaction back and
 * reaches the caller of the commit: for a job, the engine's failed-job handling (a retry, at last an incident), with
 * the report uncounted.
 *
 * <p>Alternatives weighed: one inserted row per entry and stage (no shared row at all) cannot decide completion
 * without the same lock held to the commit — two last reports running at once each see the other's row uncommitted
 * and neither completes the stage — unless completion moved after the commit, where a crash or failure between the
 * two would lose it without a retry. A report counted in a transaction of its own would count a report whose job then
 * rolls back. Holding the lock only for the commit keeps the guarantees and the table as they were.
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
   * Counts one report of {@code stage} (and one passed when {@code passed}) when the caller's transaction commits,
   * just before it does; if it is the last report expected, {@code whenLast} is then given the tally (in the same
   * transaction, which it may still roll back by throwing). Needs a Spring-managed transaction.
   */
  public void report(String editionKey, ReportedStage stage, boolean passed, Consumer<Tally> whenLast) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      throw new IllegalStateException("A report to edition " + editionKey + " needs a transaction to count it in");
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void beforeCommit(boolean readOnly) {
        Tally counted = count(editionKey, stage, passed);
        if (counted.completedByReport()) {
          whenLast.accept(counted);
        }
      }

      @Override
      public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
      }
    });
  }

  /** The report's {@code UPDATE} (the row stays locked until the transaction ends); the tally after it. */
  private Tally count(String editionKey, ReportedStage stage, boolean passed) {
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
   * stage; 0 otherwise); returns the tally (the row stays locked until the caller's transaction ends: once per stage,
   * the edition needs the count at once for its wait's condition).
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
