package id.kipp.process;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;

/**
 * The engine tests again, on the PostgreSQL service (switched on with {@code -Ppostgres}, as .ci/run does; then an
 * unreachable PostgreSQL fails the build). Connection: KIPP_TEST_PG_URL / KIPP_TEST_PG_USER, by default the local
 * service's database {@code test} with trust authentication.
 */
final class PostgresTests {

  private PostgresTests() {}

  static final String URL = "spring.datasource.url=${KIPP_TEST_PG_URL:jdbc:postgresql://127.0.0.1:5432/test}";
  static final String USER = "spring.datasource.username=${KIPP_TEST_PG_USER:postgres}";
  static final String PASSWORD = "spring.datasource.password=${KIPP_TEST_PG_PASSWORD:}";
  static final String DRIVER = "spring.datasource.driver-class-name=org.postgresql.Driver";

  @EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
  @TestPropertySource(properties = {URL, USER, PASSWORD, DRIVER})
  static class FullEditionOnPostgresTest extends FullEditionTest {}

  @EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
  @TestPropertySource(properties = {URL, USER, PASSWORD, DRIVER})
  static class EntryScreeningPathsOnPostgresTest extends EntryScreeningPathsTest {}
}
