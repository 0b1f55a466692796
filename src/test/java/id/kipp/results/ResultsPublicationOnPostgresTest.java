package id.kipp.results;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link ResultsPublicationTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class ResultsPublicationOnPostgresTest extends ResultsPublicationTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "results");
  }
}
