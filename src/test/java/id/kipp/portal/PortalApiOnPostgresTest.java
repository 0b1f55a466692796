package id.kipp.portal;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortalApiTest} on PostgreSQL (the agency's entries selected by a variable in the engine's history). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PortalApiOnPostgresTest extends PortalApiTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "portal");
  }
}
