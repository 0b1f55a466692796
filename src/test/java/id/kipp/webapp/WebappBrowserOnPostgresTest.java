package id.kipp.webapp;

import id.kipp.testsupport.SharedPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link WebappBrowserTest} on PostgreSQL (one context with {@code portal.PortalBrowserOnPostgresTest}). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class WebappBrowserOnPostgresTest extends WebappBrowserTest implements SharedPostgres.PortalContext {}
