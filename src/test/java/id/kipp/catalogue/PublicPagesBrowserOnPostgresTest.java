package id.kipp.catalogue;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicPagesBrowserTest} on PostgreSQL (a context of its own, as on H2). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PublicPagesBrowserOnPostgresTest extends PublicPagesBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "public_pages_browser");
  }
}
