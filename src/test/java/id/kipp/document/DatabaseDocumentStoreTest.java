package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.jdbc.core.JdbcTemplate;

/** The {@link DocumentStoreContract} for the database back-end: the bytes in {@code document_content.content}. */
class DatabaseDocumentStoreTest extends DocumentStoreContract {

  @Override
  DocumentStore newStore(JdbcTemplate jdbc) {
    return new DatabaseDocumentStore(jdbc, () -> NOW);
  }

  @Override
  void assertKept(String sha256, byte[] content) {
    assertThat(jdbc.queryForObject("SELECT content FROM document_content WHERE sha256 = ?", byte[].class, sha256))
        .isEqualTo(content);
  }
}
