package id.kipp.catalogue;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link CataloguePublicationTest} on PostgreSQL, in a database of its own (the copy of the documents' bytes inside
 * the database reads the engine's bytea column there, a BLOB on H2).
 */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class CataloguePublicationOnPostgresTest extends CataloguePublicationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "catalogue");
  }
}
