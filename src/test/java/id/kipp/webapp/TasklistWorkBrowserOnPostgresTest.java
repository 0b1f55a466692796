package id.kipp.webapp;

import id.kipp.testsupport.SharedPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * {@link TasklistWorkBrowserTest} on PostgreSQL (filters, their authorizations and counts as the engine stores them
 * there; the dynamic list of "Tinjau penugasan juri" as a Json variable). One context with
 * {@link EditionStartFormBrowserOnPostgresTest}.
 */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class TasklistWorkBrowserOnPostgresTest extends TasklistWorkBrowserTest implements SharedPostgres.TasklistWorkContext {}
