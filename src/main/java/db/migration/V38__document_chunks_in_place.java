package db.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, a {@code document_chunk} row (V37) stays in its table's page, uncompressed: {@code STORAGE PLAIN}
 * on its bytes. With the type's default ({@code EXTENDED}) every row above 2 KB would first be compressed (in vain:
 * PDFs are compressed already) and then moved to the TOAST table, in the 1,996-byte pieces the chunks are there to
 * avoid. H2 has no TOAST: nothing to do there. A Java migration because H2 does not know the statement.
 */
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version from the class name
public class V38__document_chunks_in_place extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    String product = context.getConnection().getMetaData().getDatabaseProductName();
    if (!product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
      return;
    }
    try (Statement statement = context.getConnection().createStatement()) {
      statement.execute("ALTER TABLE document_chunk ALTER COLUMN bytes SET STORAGE PLAIN");
    }
  }
}
