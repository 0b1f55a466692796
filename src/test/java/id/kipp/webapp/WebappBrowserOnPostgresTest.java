package id.kipp.webapp;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link WebappBrowserTest} on PostgreSQL (task dates stored by the engine there, shown in Jakarta time). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class WebappBrowserOnPostgresTest extends WebappBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "webapp");
  }
}
