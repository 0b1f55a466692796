package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DatabaseDocumentStoreTest} on PostgreSQL (bytea, ON CONFLICT), in a database of its own; and the chunks' place
 * on disk (issue 15): each in a page of its own, none in the TOAST table.
 */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DatabaseDocumentStoreOnPostgresTest extends DatabaseDocumentStoreTest {

  @Test
  void everyChunkFillsAPageOfItsOwnAndNoneGoesToToast() {
    long heapBefore = relationSize("document_chunk");
    long toastBefore = toastSize();
    byte[] pdf = bytes(2 * 1024 * 1024, 15);
    int chunks = (pdf.length + DatabaseDocumentStore.CHUNK_BYTES - 1) / DatabaseDocumentStore.CHUNK_BYTES;

    store.store(new Upload("proposal.pdf", "application/pdf", null, "dinkes", null, null, null), pdf);

    assertThat(jdbc.queryForObject("SELECT attstorage FROM pg_attribute WHERE attrelid = 'document_chunk'::regclass"
        + " AND attname = 'bytes'", String.class)).as("STORAGE PLAIN (Flyway V38)").isEqualTo("p");
    assertThat(toastSize() - toastBefore).isZero();
    // every chunk in a page of its own (pages freed by other tests' sweeps may be reused: count the chunks' pages)
    long content = jdbc.queryForObject("SELECT id FROM document_content WHERE sha256 = ?", Long.class,
        DatabaseDocumentStore.sha256(pdf));
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT (ctid::text::point)[0]) FROM document_chunk"
        + " WHERE chunk_key >= ? AND chunk_key < ?", Long.class, DatabaseDocumentStore.chunkKey(content, 0),
        DatabaseDocumentStore.chunkKey(content + 1, 0))).isEqualTo(chunks);
    assertThat(relationSize("document_chunk") - heapBefore).isLessThanOrEqualTo(chunks * 8192L);
  }

  private long relationSize(String relation) {
    return jdbc.queryForObject("SELECT pg_relation_size(?::regclass)", Long.class, relation);
  }

  private long toastSize() {
    return jdbc.queryForObject("SELECT pg_total_relation_size(reltoastrelid) FROM pg_class"
        + " WHERE oid = 'document_chunk'::regclass", Long.class);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "documents");
  }
}
