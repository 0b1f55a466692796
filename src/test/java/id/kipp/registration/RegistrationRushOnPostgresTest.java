package id.kipp.registration;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link RegistrationRushTest} on PostgreSQL, in a database of its own. */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class RegistrationRushOnPostgresTest extends RegistrationRushTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "rush");
  }
}
