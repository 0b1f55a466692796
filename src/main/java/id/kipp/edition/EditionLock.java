package id.kipp.edition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A pessimistic lock per edition (row of table {@code edition_lock}), held until the current transaction ends. Taken by
 * an entry before it changes its edition (the reports "Laporkan ... ke edisi" add to the edition's counters): two
 * reports of one edition then run one after the other instead of both running, one failing on optimistic locking and
 * being retried seconds later (measured in the benchmark, README "Performance"). Works across nodes (a database lock).
 * It must be taken before anything of the edition is read in the transaction, so that what is read is what the
 * previous holder committed.
 */
@Component
public class EditionLock {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public EditionLock(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Waits until no other transaction holds {@code editionKey}'s lock and holds it until this transaction ends. */
  public void lock(String editionKey) {
    if (jdbc.queryForList("SELECT edition_key FROM edition_lock WHERE edition_key = ? FOR UPDATE", String.class,
        editionKey).isEmpty()) {
      try {
        ownTransaction.executeWithoutResult(status -> jdbc.update(
            "INSERT INTO edition_lock (edition_key) VALUES (?)", editionKey));
      } catch (DuplicateKeyException e) {
        // created by another report at the same moment
      }
      jdbc.queryForList("SELECT edition_key FROM edition_lock WHERE edition_key = ? FOR UPDATE", String.class,
          editionKey);
    }
  }
}
