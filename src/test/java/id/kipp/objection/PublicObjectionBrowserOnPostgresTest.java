package id.kipp.objection;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicObjectionBrowserTest} on PostgreSQL (its own fresh database). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PublicObjectionBrowserOnPostgresTest extends PublicObjectionBrowserTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "objectionbrowser");
  }
}
