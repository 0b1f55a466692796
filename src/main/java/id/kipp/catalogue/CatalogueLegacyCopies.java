package id.kipp.catalogue;

import id.kipp.document.DocumentStore;
import id.kipp.document.LegacyDocuments;
import id.kipp.document.StoredDocument;
import id.kipp.document.Upload;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The catalogue's copies of published documents made before the document store (Flyway V17): rows of
 * {@code catalogue_document} with their bytes in {@code content} and no {@code stored_document_id}. Each is moved in a
 * transaction of its own: it refers to the entry's document with the same bytes when the migration of the engine's
 * files made one (the usual case: the copy came from the historic variable), else to a new document of the entry;
 * then its {@code content} is emptied.
 */
@Component
class CatalogueLegacyCopies implements LegacyDocuments {

  private static final String LEFT = " FROM catalogue_document WHERE stored_document_id IS NULL AND content IS NOT NULL";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  CatalogueLegacyCopies(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Override
  public String description() {
    return "catalogue documents";
  }

  @Override
  public long remaining() {
    return jdbc.queryForObject("SELECT COUNT(*)" + LEFT, Long.class);
  }

  private record Copy(String entryKey, String documentId, String filename, String mimeType) {}

  @Override
  public int migrate(DocumentStore store, int limit) {
    List<Copy> copies = jdbc.query("SELECT entry_key, document_id, filename, mime_type" + LEFT
        + " ORDER BY entry_key, document_id FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY",
        (rs, row) -> new Copy(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    int moved = 0;
    for (Copy copy : copies) {
      if (Boolean.TRUE.equals(transaction.execute(status -> {
        boolean done = move(store, copy);
        if (!done) {
          status.setRollbackOnly(); // moved by someone else meanwhile: no second document
        }
        return done;
      }))) {
        moved++;
      }
    }
    return moved;
  }

  private boolean move(DocumentStore store, Copy copy) {
    List<byte[]> content = jdbc.query("SELECT content FROM catalogue_document WHERE entry_key = ? AND document_id = ?"
        + " AND stored_document_id IS NULL", (rs, row) -> rs.getBytes(1), copy.entryKey(), copy.documentId());
    if (content.isEmpty() || content.get(0) == null) {
      return false; // moved meanwhile
    }
    byte[] bytes = content.get(0);
    String sha256 = sha256(bytes);
    List<Long> existing = jdbc.queryForList("SELECT id FROM document WHERE sha256 = ? AND entry_key = ? ORDER BY id"
        + " FETCH FIRST 1 ROWS ONLY", Long.class, sha256, copy.entryKey());
    long id;
    if (existing.isEmpty()) {
      StoredDocument document = store.store(new Upload(copy.filename(), copy.mimeType(), null, null, null, null,
          copy.entryKey()), bytes);
      id = document.id();
    } else {
      id = existing.get(0);
    }
    return jdbc.update("UPDATE catalogue_document SET stored_document_id = ?, content = NULL WHERE entry_key = ?"
        + " AND document_id = ? AND stored_document_id IS NULL", id, copy.entryKey(), copy.documentId()) == 1;
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
