package id.kipp.document;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link DocumentUploadTest} on PostgreSQL (bytea in the engine's and the store's tables), in its own database. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class DocumentUploadOnPostgresTest extends DocumentUploadTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "document_upload");
  }
}
