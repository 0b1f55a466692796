package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

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
    List<byte[]> chunks = jdbc.queryForList("SELECT bytes FROM document_chunk WHERE content_id = ? ORDER BY seq",
        byte[].class, contentId);
    assertThat(chunks).hasSize((content.length + DatabaseDocumentStore.CHUNK_BYTES - 1)
        / DatabaseDocumentStore.CHUNK_BYTES);
    assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.length).isLessThanOrEqualTo(
        DatabaseDocumentStore.CHUNK_BYTES));
    ByteArrayOutputStream joined = new ByteArrayOutputStream();
    chunks.forEach(joined::writeBytes);
    assertThat(joined.toByteArray()).isEqualTo(content);
  }

  @Override
  boolean keepsAnything(String sha256) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM document_content WHERE sha256 = ?", Integer.class, sha256)
        + jdbc.queryForObject("SELECT COUNT(*) FROM document_chunk k JOIN document_content c ON c.id = k.content_id"
            + " WHERE c.sha256 = ?", Integer.class, sha256) > 0;
  }

  @Override
  boolean rollbackLeavesBytes() {
    return false; // rows only, in the upload's transaction
  }
}
