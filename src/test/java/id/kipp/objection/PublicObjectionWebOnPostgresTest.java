package id.kipp.objection;

import id.kipp.testsupport.FreshPostgres;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link PublicObjectionWebTest} on PostgreSQL (its own fresh database). */
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
class PublicObjectionWebOnPostgresTest extends PublicObjectionWebTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    FreshPostgres.register(registry, "objection");
  }
}
