package db.migration;

import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A {@code document_chunk} row (V37) is keyed by one number instead of the pair (content, sequence): the content's
 * number shifted left by 20 bits, plus the chunk's ({@code DatabaseDocumentStore.chunkKey}). The primary key's entries
 * shrink from 28 to 20 bytes, about 9 KiB per registration of three 2 MiB files (docs/performance.md). The chunks are
 * copied into a table of the new shape, which then takes the old one's name; on PostgreSQL its bytes stay in the page,
 * uncompressed, as V38 set for the old one. The chunks of an orphaned content are removed with their content row by the
 * orphan sweep (no foreign key: it would need an index on the content's number, the 8 bytes this saves).
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version from the class name
public class V46__document_chunk_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
        .contains("postgres");
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("CREATE TABLE document_chunk_keyed (chunk_key BIGINT NOT NULL, bytes BYTEA NOT NULL,"
          + " CONSTRAINT pk_document_chunk_keyed PRIMARY KEY (chunk_key))");
      if (postgres) {
        statement.execute("ALTER TABLE document_chunk_keyed ALTER COLUMN bytes SET STORAGE PLAIN");
      }
      statement.execute("INSERT INTO document_chunk_keyed (chunk_key, bytes)"
          + " SELECT content_id * 1048576 + seq, bytes FROM document_chunk ORDER BY content_id, seq");
      statement.execute("DROP TABLE document_chunk");
      statement.execute("ALTER TABLE document_chunk_keyed RENAME TO document_chunk");
    }
  }
}
