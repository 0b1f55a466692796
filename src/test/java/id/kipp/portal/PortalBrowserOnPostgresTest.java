package id.kipp.portal;

import id.kipp.testsupport.SharedPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link PortalBrowserTest} on PostgreSQL (one context with {@code webapp.WebappBrowserOnPostgresTest}). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PortalBrowserOnPostgresTest extends PortalBrowserTest implements SharedPostgres.PortalContext {}
