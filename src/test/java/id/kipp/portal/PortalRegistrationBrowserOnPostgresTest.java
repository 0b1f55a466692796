package id.kipp.portal;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PortalRegistrationBrowserTest} on PostgreSQL (a context of its own, as on H2). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PortalRegistrationBrowserOnPostgresTest extends PortalRegistrationBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "portal_registration_browser");
  }
}
