package id.kipp.edition;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands out the next entry number of an edition from a database sequence of its own ({@code entry_number_<edition>},
 * created when the edition is set up, or at start-up for editions opened before). A sequence is never rolled back and
 * never locked until the end of a transaction: concurrent registrations take their numbers in the request's own
 * transaction without waiting for each other and without a second connection. A registration refused after taking
 * its number leaves a gap in the numbering, never a duplicate (the entry registry's unique constraint on edition and
 * number guards that too).
 */
@Component
public class EntryNumbers {

  private static final Pattern EDITION_KEY = Pattern.compile("[A-Za-z0-9-]{1,48}");

  private final JdbcTemplate jdbc;
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final Dialect dialect;

  public EntryNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.dialect = new Dialect(jdbc);
  }

  /**
   * Creates {@code editionKey}'s sequence when missing, continuing after {@code lastBefore} (0 for a new edition) or
   * after the last number of the table {@code entry_number} that served before sequences, whichever is higher.
   */
  public void prepare(String editionKey, long lastBefore) {
    String sequence = sequenceName(editionKey);
    if (known.contains(sequence)) {
      return;
    }
    synchronized (this) {
      if (!exists(sequence)) {
        Long legacy = jdbc.query("SELECT last_number FROM entry_number WHERE edition_key = ?",
            rs -> rs.next() ? rs.getLong(1) : null, editionKey);
        long start = Math.max(lastBefore, legacy == null ? 0 : legacy) + 1;
        jdbc.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + start);
      }
    }
    remember(sequence);
  }

  /** Remembers that the sequence exists once it is committed (a rolled-back edition set-up takes it back). */
  private void remember(String sequence) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          known.add(sequence);
        }
      });
    } else {
      known.add(sequence);
    }
  }

  /**
   * The next number of {@code editionKey}; an edition whose sequence is missing gets it first, continuing after
   * {@code lastBefore}.
   */
  public long next(String editionKey, long lastBefore) {
    return next(editionKey, () -> lastBefore);
  }

  /** {@link #next(String, long)}, asking for {@code lastBefore} only when this node has not yet seen the sequence. */
  public long next(String editionKey, java.util.function.LongSupplier lastBefore) {
    String sequence = sequenceName(editionKey);
    if (!known.contains(sequence)) {
      prepare(editionKey, lastBefore.getAsLong());
    }
    Long number = jdbc.queryForObject(dialect.postgres() ? "SELECT nextval('" + sequence + "')"
        : "SELECT NEXT VALUE FOR " + sequence, Long.class);
    return number;
  }

  /** The sequence of an edition: {@code entry_number_} and the edition key in lower case, '-' as '_'. */
  static String sequenceName(String editionKey) {
    if (editionKey == null || !EDITION_KEY.matcher(editionKey).matches()) {
      throw new IllegalArgumentException("Not an edition key: " + editionKey);
    }
    return "entry_number_" + editionKey.toLowerCase(java.util.Locale.ROOT).replace('-', '_');
  }

  private boolean exists(String sequence) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.sequences WHERE LOWER(sequence_name) = ?",
        Long.class, sequence) > 0;
  }
}
