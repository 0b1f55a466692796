package id.kipp.process;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PresentationFormBrowserTest} on PostgreSQL (a context of its own, as on H2). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PresentationFormBrowserOnPostgresTest extends PresentationFormBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "presentation_form_browser");
  }
}
