package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@link DocumentStoreContract} for the database back-end: the bytes in {@code document_chunk} rows. */
class DatabaseDocumentStoreTest extends DocumentStoreContract {

  @Override
  DocumentStore newStore(JdbcTemplate jdbc) {
    return new DatabaseDocumentStore(jdbc, () -> NOW);
  }

  @Override
  void assertKept(String sha256, byte[] content) {
    Long contentId = jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ? AND content IS NULL",
        Long.class, sha256);
    List<byte[]> chunks = jdbc.queryForList("SELECT bytes FROM document_chunk WHERE chunk_key >= ? AND chunk_key < ?"
        + " ORDER BY chunk_key", byte[].class, DatabaseDocumentStore.chunkKey(contentId, 0),
        DatabaseDocumentStore.chunkKey(contentId + 1, 0));
    assertThat(chunks).hasSize((content.length + DatabaseDocumentStore.CHUNK_BYTES - 1)
        / DatabaseDocumentStore.CHUNK_BYTES);
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length).isLessThanOrEqualTo(
        DatabaseDocumentStore.CHUNK_BYTES));
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    chunks.forEach(joined::writeBytes);
    assertThat(joined.toByteArray()).isEqualTo(content);
  }

  @Test
  void contentsStoredBeforeTheChunksAreReadFromTheirColumnAndReused() throws Exception {
    byte[] pdf = bytes(50 * 1024, 36);
    String sha256 = DatabaseDocumentStore.sha256(pdf);
    OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
    jdbc.update("INSERT INTO document_content (sha256, size_bytes, content, stored_at) VALUES (?, ?, ?, ?)", sha256,
        pdf.length, pdf, at); // as before Flyway V37: the bytes in the column, no chunks
    jdbc.update("INSERT INTO document (sha256, filename, size_bytes, uploaded_at) VALUES (?, 'lama.pdf', ?, ?)",
        sha256, pdf.length, at);
    long old = jdbc.queryForObject("SELECT id FROM document WHERE sha256 = ?", Long.class, sha256);

    assertThat(store.content(old)).isEqualTo(pdf);
    try (InputStream in = store.openContent(old)) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    store.copyContent(old, copy);
    assertThat(copy.toByteArray()).isEqualTo(pdf);

    StoredDocument again = store.store(new Upload("baru.pdf", null, null, null, null, null, null), pdf);
    assertThat(store.content(again.id())).isEqualTo(pdf);
    long contentId = jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ?", Long.class, sha256);
    assertThat(chunksOf(contentId)).as("not stored again").isZero();
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void theSweepRunsInTheBackgroundOnlyWhenEnabled() throws Exception {
    byte[] pdf = bytes(10 * 1024, System.nanoTime());
    StoredDocument stored = store.store(new Upload("a.pdf", null, null, "a", null, null, null), pdf);
    jdbc.update("DELETE FROM document WHERE id = ?", stored.id());
    OrphanSweepRunner off = new OrphanSweepRunner(store, new DocumentProperties.OrphanSweep(false, Duration.ZERO,
        null));
    off.run(null);
    Thread.sleep(500);
    off.destroy();
    assertThat(keepsAnything(stored.sha256())).isTrue();

    OrphanSweepRunner on = new OrphanSweepRunner(store, new DocumentProperties.OrphanSweep(true, Duration.ZERO,
        Duration.ofHours(1)));
    try {
      on.run(null);
      long until = System.currentTimeMillis() + 20_000;
      while (keepsAnything(stored.sha256()) && System.currentTimeMillis() < until) {
        Thread.sleep(100);
      }
    } finally {
      on.destroy();
    }
    assertThat(keepsAnything(stored.sha256())).isFalse();
  }

  @Test
  void theSweepTakesAnOrphanedContentsChunksAndLeavesTheOthers() {
    StoredDocument orphaned = store.store(new Upload("a.pdf", null, null, null, null, null, null),
        bytes(3 * DatabaseDocumentStore.CHUNK_BYTES + 5, 41));
    StoredDocument kept = store.store(new Upload("b.pdf", null, null, null, null, null, null),
        bytes(2 * DatabaseDocumentStore.CHUNK_BYTES, 42));
    long orphanedContent = contentId(orphaned.sha256());
    jdbc.update("DELETE FROM document WHERE id = ?", orphaned.id());
    assertThat(chunksOf(orphanedContent)).isEqualTo(4);

    assertThat(store.sweepOrphans(Duration.ZERO).contents()).isPositive();

    assertThat(chunksOf(orphanedContent)).isZero();
    assertThat(chunksOf(contentId(kept.sha256()))).isEqualTo(2);
    assertThat(store.content(kept.id())).isEqualTo(bytes(2 * DatabaseDocumentStore.CHUNK_BYTES, 42));
  }

  private long contentId(String sha256) {
    return jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ?", Long.class, sha256);
  }

  /** The chunk rows under a content's number, whether or not its content row is still there. */
  private int chunksOf(long contentId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk WHERE chunk_key >= ? AND chunk_key < ?",
        Integer.class, DatabaseDocumentStore.chunkKey(contentId, 0), DatabaseDocumentStore.chunkKey(contentId + 1, 0));
  }

  @Override
  boolean keepsAnything(String sha256) {
    // a content's chunks are found by its number, which the content row holds: every chunk row not under a content
    // row's number is counted as kept too
    return jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class, sha256)
        + jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk k WHERE NOT EXISTS (SELECT 1 FROM document_content c"
            + " WHERE k.chunk_key >= c.id * 1048576 AND k.chunk_key < (c.id + 1) * 1048576)", Integer.class) > 0;
  }

  @Override
  boolean rollbackLeavesBytes() {
    return false; // rows only, in the upload's transaction
  }
}
