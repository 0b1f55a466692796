package id.kipp.process;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicObjectionVersion1MigrationTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PublicObjectionVersion1MigrationOnPostgresTest extends PublicObjectionVersion1MigrationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "ujipublikv1");
  }
}
