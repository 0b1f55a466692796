package id.kipp.admin;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PresentationMigrationTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PresentationMigrationOnPostgresTest extends PresentationMigrationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "presentation_migration");
  }
}
