package id.kipp.webapp;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link TasklistWorkBrowserTest} on PostgreSQL (filters, their authorizations and counts as the engine stores them there). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class TasklistWorkBrowserOnPostgresTest extends TasklistWorkBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "tasklistwork");
  }
}
