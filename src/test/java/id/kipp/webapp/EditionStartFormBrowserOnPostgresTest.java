package id.kipp.webapp;

import id.kipp.testsupport.SharedPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link EditionStartFormBrowserTest} on PostgreSQL (one context with {@link TasklistWorkBrowserOnPostgresTest}). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class EditionStartFormBrowserOnPostgresTest extends EditionStartFormBrowserTest
    implements SharedPostgres.TasklistWorkContext {}
