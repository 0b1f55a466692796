package id.kipp.edition;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link EditionTallyTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class EditionTallyOnPostgresTest extends EditionTallyTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "tally");
  }
}
