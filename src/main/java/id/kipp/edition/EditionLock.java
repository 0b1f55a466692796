package id.kipp.edition;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A pessimistic lock per edition (row of table {@code edition_lock}), held until the current transaction ends. Taken by
 * an entry before it changes its edition (the reports "Laporkan ... ke edisi" add to the edition's counters): two
 * reports of one edition then run one after the other instead of both running, one failing on optimistic locking and
 * being retried seconds later (measured in the benchmark, docs/performance.md). Works across nodes (a database lock).
 * It must be taken before anything of the edition is read in the transaction, so that what is read is what the
 * previous holder committed. The row is created with the edition ({@link #prepare}), or at start-up for editions
 * opened before; everything happens in the caller's transaction, on its connection.
 */
@Component
public class EditionLock {

  private final JdbcTemplate jdbc;
  private final Dialect dialect;

  public EditionLock(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.dialect = new Dialect(jdbc);
  }

  /** Creates {@code editionKey}'s row when missing (in the current transaction; concurrent callers wait, never fail). */
  public void prepare(String editionKey) {
    jdbc.update(dialect.postgres() ? "INSERT INTO edition_lock (edition_key) VALUES (?) ON CONFLICT DO NOTHING"
        : "MERGE INTO edition_lock KEY (edition_key) VALUES (?)", editionKey);
  }

  /** Waits until no other transaction holds {@code editionKey}'s lock and holds it until this transaction ends. */
  public void lock(String editionKey) {
    if (jdbc.queryForList("SELECT edition_key FROM edition_lock WHERE edition_key = ? FOR UPDATE", String.class,
        editionKey).isEmpty()) {
      prepare(editionKey);
      jdbc.queryForList("SELECT edition_key FROM edition_lock WHERE edition_key = ? FOR UPDATE", String.class,
          editionKey);
    }
  }
}
