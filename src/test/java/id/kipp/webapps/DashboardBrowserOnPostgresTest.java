package id.kipp.webapps;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link DashboardBrowserTest} on PostgreSQL, in a database of its own: the demo edition must be as the demo data
 * leaves it (the counts the test expects), which a database shared with other demo tests would not be.
 */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class DashboardBrowserOnPostgresTest extends DashboardBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "dashboardbrowser");
  }
}
