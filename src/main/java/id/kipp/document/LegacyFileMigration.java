package id.kipp.document;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the files of existing installations into the {@link DocumentStore}: {@code File} variables written before the
 * store keep their bytes in the engine's byte array table ({@code ACT_GE_BYTEARRAY}), once for the runtime variable
 * ({@code ACT_RU_VARIABLE}), once for the historic variable ({@code ACT_HI_VARINST}) and once per historic update
 * ({@code ACT_HI_DETAIL}) — for running and ended entries alike. Each such row gets a document (one per process
 * instance, variable and content: the three copies of one upload become one document; the bytes are stored once in
 * any case), then the row keeps the document's id in {@code LONG_} as the {@link StoredFileSerializer} writes it, and
 * its byte array is deleted. The {@link LegacyDocuments} of other modules (the catalogue's copies) follow.
 *
 * <p><b>Resumable and idempotent:</b> every row is moved in a transaction of its own and only rows that still have a
 * byte array and no document id are candidates, so an interrupted run (a stop, a crash, a failed write) leaves every
 * row either moved or untouched, and the next run goes on where it stopped; a run with nothing left changes nothing.
 * The update of a row requires its byte array id unchanged (and bumps a runtime variable's revision), so a file an
 * engine command replaces at the same moment is never overwritten: that row is skipped and the command's own value
 * stands (or the command retries after an optimistic locking failure).
 */
public class LegacyFileMigration {

  private static final Logger LOG = LoggerFactory.getLogger(LegacyFileMigration.class);

  /** A table with File variables: its type column, and the column that says when the value was written. */
  private record Table(String name, String typeColumn, String timeColumn) {}

  /** Historic updates first: they carry the time of each upload, which the document keeps. */
  private static final List<Table> TABLES = List.of(new Table("ACT_HI_DETAIL", "VAR_TYPE_", "TIME_"),
      new Table("ACT_HI_VARINST", "VAR_TYPE_", "CREATE_TIME_"), new Table("ACT_RU_VARIABLE", "TYPE_", null));

  /** The outcome of a run. */
  public record Report(int moved, int skipped, long remaining) {}

  private final JdbcTemplate jdbc;
  private final DocumentStore store;
  private final TransactionTemplate transaction;
  private final List<LegacyDocuments> others;

  public LegacyFileMigration(JdbcTemplate jdbc, DocumentStore store, PlatformTransactionManager transactions,
      List<LegacyDocuments> others) {
    this.jdbc = jdbc;
    this.store = store;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.others = List.copyOf(others);
  }

  /** Files still held by the engine or another module's copies. */
  public long remaining() {
    long remaining = 0;
    for (Table table : TABLES) {
      remaining += jdbc.queryForObject("SELECT COUNT(*) FROM " + table.name() + candidates(table), Long.class);
    }
    for (LegacyDocuments other : others) {
      remaining += other.remaining();
    }
    return remaining;
  }

  /** Moves everything that is left, in rounds of {@code batchSize}; stops early when the thread is interrupted. */
  public Report run(int batchSize) {
    return run(batchSize, Integer.MAX_VALUE);
  }

  /**
   * Moves at most {@code limit} rows, in rounds of {@code batchSize}; stops early when the thread is interrupted
   * (the row being moved is finished or rolled back first).
   */
  public Report run(int batchSize, int limit) {
    int moved = 0;
    int skipped = 0;
    for (Table table : TABLES) {
      List<String> skippedIds = new ArrayList<>();
      while (moved < limit && !Thread.currentThread().isInterrupted()) {
        List<Candidate> batch = batch(table, Math.min(batchSize, limit - moved), skippedIds);
        if (batch.isEmpty()) {
          break;
        }
        for (Candidate candidate : batch) {
          if (moved >= limit || Thread.currentThread().isInterrupted()) {
            break;
          }
          if (Boolean.TRUE.equals(transaction.execute(status -> {
            boolean done = move(table, candidate);
            if (!done) {
              status.setRollbackOnly();
            }
            return done;
          }))) {
            moved++;
          } else {
            skipped++;
            skippedIds.add(candidate.id());
          }
        }
      }
    }
    for (LegacyDocuments other : others) {
      while (moved < limit && !Thread.currentThread().isInterrupted()) {
        int done = other.migrate(store, Math.min(batchSize, limit - moved));
        if (done == 0) {
          break;
        }
        moved += done;
      }
    }
    Report report = new Report(moved, skipped, remaining());
    LOG.info("Document migration: {} files moved into the document store, {} skipped, {} left", report.moved(),
        report.skipped(), report.remaining());
    return report;
  }

  private record Candidate(String id, String processInstanceId, String name, String filename, String typeAndEncoding,
      String byteArrayId, Timestamp at) {}

  private static String candidates(Table table) {
    return " WHERE " + table.typeColumn() + " = 'file' AND BYTEARRAY_ID_ IS NOT NULL AND LONG_ IS NULL";
  }

  private List<Candidate> batch(Table table, int size, List<String> skippedIds) {
    String sql = "SELECT ID_, PROC_INST_ID_, NAME_, TEXT_, TEXT2_, BYTEARRAY_ID_, "
        + (table.timeColumn() == null ? "NULL" : table.timeColumn()) + " FROM " + table.name() + candidates(table)
        + (skippedIds.isEmpty() ? "" : " AND ID_ NOT IN (" + String.join(",", skippedIds.stream().map(id -> "?")
            .toList()) + ")")
        + " ORDER BY ID_ FETCH FIRST " + size + " ROWS ONLY";
    return jdbc.query(sql, (rs, row) -> new Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7)), skippedIds.toArray());
  }

  /** Moves one row's file; false when the row changed meanwhile or its byte array is gone. */
  private boolean move(Table table, Candidate row) {
    List<byte[]> found = jdbc.query("SELECT BYTES_ FROM ACT_GE_BYTEARRAY WHERE ID_ = ?", (rs, i) -> rs.getBytes(1),
        row.byteArrayId());
    if (found.isEmpty() || found.get(0) == null) {
      LOG.warn("Document migration: {} {} ({}) refers to byte array {}, which holds nothing; left as it is",
          table.name(), row.id(), row.name(), row.byteArrayId());
      return false;
    }
    byte[] bytes = found.get(0);
    long documentId = document(row, bytes);
    int updated = jdbc.update("UPDATE " + table.name() + " SET LONG_ = ?, BYTEARRAY_ID_ = NULL"
        + (table.name().equals("ACT_RU_VARIABLE") ? ", REV_ = REV_ + 1" : "")
        + " WHERE ID_ = ? AND BYTEARRAY_ID_ = ? AND LONG_ IS NULL", documentId, row.id(), row.byteArrayId());
    if (updated != 1) {
      return false;
    }
    int references = 0;
    for (Table other : TABLES) {
      references += jdbc.queryForObject("SELECT COUNT(*) FROM " + other.name() + " WHERE BYTEARRAY_ID_ = ?",
          Integer.class, row.byteArrayId());
    }
    if (references == 0) {
      jdbc.update("DELETE FROM ACT_GE_BYTEARRAY WHERE ID_ = ?", row.byteArrayId());
    }
    return true;
  }

  /** The document of this upload: the one already made for another copy of it, or a new one. */
  private long document(Candidate row, byte[] bytes) {
    String sha256 = DatabaseDocumentStore.sha256(bytes);
    List<Long> existing = row.processInstanceId() == null ? List.of() : jdbc.queryForList("SELECT id FROM document"
        + " WHERE sha256 = ? AND process_instance_id = ? AND variable_name = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
        Long.class, sha256, row.processInstanceId(), row.name());
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    String mimeType = null;
    String encoding = null;
    if (row.typeAndEncoding() != null) {
      String[] split = Arrays.copyOf(row.typeAndEncoding().split(StoredFileSerializer.SEPARATOR, 2), 2);
      mimeType = split[0] == null || split[0].isEmpty() ? null : split[0];
      encoding = split[1] == null || split[1].isEmpty() ? null : split[1];
    }
    String entryKey = row.processInstanceId() == null ? null : jdbc.queryForList("SELECT BUSINESS_KEY_ FROM"
        + " ACT_HI_PROCINST WHERE PROC_INST_ID_ = ?", String.class, row.processInstanceId()).stream().findFirst()
        .orElse(null);
    StoredDocument document = store.store(new Upload(row.filename(), mimeType, encoding, null, row.processInstanceId(),
        row.name(), entryKey), bytes);
    if (row.at() != null) {
      // the time of the upload, not of the migration (the audit trail lists it)
      jdbc.update("UPDATE document SET uploaded_at = ? WHERE id = ?",
          row.at().toInstant().atOffset(ZoneOffset.UTC), document.id());
    }
    return document.id();
  }
}
