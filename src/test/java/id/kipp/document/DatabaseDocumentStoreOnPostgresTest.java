package id.kipp.document;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DatabaseDocumentStoreTest} on PostgreSQL (bytea, ON CONFLICT), in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class DatabaseDocumentStoreOnPostgresTest extends DatabaseDocumentStoreTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "documents");
  }
}
