package id.kipp.edition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next entry number of an edition (table {@code entry_number}). Each number is taken in a short
 * transaction of its own: concurrent registrations queue for the row for a few milliseconds instead of failing on an
 * optimistic lock of the edition instance and being submitted again (measured in the benchmark, README
 * "Performance"). A registration that fails after taking its number leaves a gap in the numbering, never a duplicate.
 */
@Component
public class EntryNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public EntryNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * The next number of {@code editionKey}; an edition without a row yet continues after {@code lastBefore} (the
   * number it had reached before the table, 0 for a new edition).
   */
  public long next(String editionKey, long lastBefore) {
    Long number = ownTransaction.execute(status -> increment(editionKey));
    if (number != null) {
      return number;
    }
    try {
      ownTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO entry_number (edition_key, last_number) VALUES (?, ?)", editionKey, lastBefore));
    } catch (DuplicateKeyException e) {
      // another registration created the row at the same moment
    }
    return ownTransaction.execute(status -> increment(editionKey));
  }

  private Long increment(String editionKey) {
    if (jdbc.update("UPDATE entry_number SET last_number = last_number + 1 WHERE edition_key = ?", editionKey) == 0) {
      return null;
    }
    return jdbc.queryForObject("SELECT last_number FROM entry_number WHERE edition_key = ?", Long.class, editionKey);
  }
}
