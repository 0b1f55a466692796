package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Flyway V46 on a database holding chunks in the layout of V37 (keyed by content and sequence): every content reads
 * back whole after it, under the store's {@link DatabaseDocumentStore#chunkKey}, and the store goes on storing and
 * sweeping. On H2 here; on PostgreSQL in {@link DocumentChunkKeysMigrationOnPostgresTest}.
 */
class DocumentChunkKeysMigrationTest {

  private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");

  DataSource dataSource() {
    return new DriverManagerDataSource("jdbc:h2:mem:chunkkeys" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
  }

  @Test
  void chunksStoredBeforeV46AreReadAfterItAndTheStoreGoesOn() throws Exception {
    DataSource dataSource = dataSource();
    flyway(dataSource).target("45").load().migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    byte[] first = bytes(2 * DatabaseDocumentStore.CHUNK_BYTES + 100, 1);
    byte[] second = bytes(DatabaseDocumentStore.CHUNK_BYTES, 2);
    long firstDocument = storeAsV37(jdbc, first, "pertama.pdf");
    long secondDocument = storeAsV37(jdbc, second, "kedua.pdf");

    flyway(dataSource).load().migrate();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk", Integer.class)).isEqualTo(4);
    DatabaseDocumentStore store = new DatabaseDocumentStore(jdbc, () -> NOW);
    assertThat(store.content(firstDocument)).isEqualTo(first);
    assertThat(store.content(secondDocument)).isEqualTo(second);
    try (InputStream in = store.openContent(firstDocument)) {
      assertThat(in.readAllBytes()).isEqualTo(first);
    }
    StoredDocument again = store.store(new Upload("lagi.pdf", null, null, null, null, null, null), first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk", Integer.class)).as("not stored twice")
        .isEqualTo(4);
    byte[] third = bytes(3 * DatabaseDocumentStore.CHUNK_BYTES + 1, 3);
    StoredDocument after = store.store(new Upload("ketiga.pdf", null, null, null, null, null, null), third);
    assertThat(store.content(after.id())).isEqualTo(third);
    assertThat(store.content(again.id())).isEqualTo(first);

    jdbc.update("DELETE FROM document WHERE id = ?", secondDocument);
    assertThat(store.sweepOrphans(java.time.Duration.ZERO).contents()).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk", Integer.class)).isEqualTo(3 + 4);
    assertThat(store.content(firstDocument)).isEqualTo(first);
  }

  /** A content and a document as {@link DatabaseDocumentStore} wrote them from Flyway V37 to V45. */
  private static long storeAsV37(JdbcTemplate jdbc, byte[] content, String filename) {
    String sha256 = DatabaseDocumentStore.sha256(content);
    OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
    int chunks = (content.length + DatabaseDocumentStore.CHUNK_BYTES - 1) / DatabaseDocumentStore.CHUNK_BYTES;
    jdbc.update("INSERT INTO document_content (sha256, size_bytes, chunk_count, stored_at) VALUES (?, ?, ?, ?)", sha256,
        content.length, chunks, at);
    long contentId = jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ?", Long.class, sha256);
    for (int seq = 0; seq < chunks; seq++) {
      int from = seq * DatabaseDocumentStore.CHUNK_BYTES;
      jdbc.update("INSERT INTO document_chunk (content_id, seq, bytes) VALUES (?, ?, ?)", contentId, seq,
          Arrays.copyOfRange(content, from, Math.min(content.length, from + DatabaseDocumentStore.CHUNK_BYTES)));
    }
    jdbc.update("INSERT INTO document (sha256, filename, size_bytes, uploaded_at) VALUES (?, ?, ?, ?)", sha256,
        filename, content.length, at);
    return jdbc.queryForObject("SELECT id FROM document WHERE filename = ?", Long.class, filename);
  }

  private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(DataSource dataSource) {
    return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").baselineOnMigrate(true)
        .baselineVersion("0");
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }
}
