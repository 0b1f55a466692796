package id.kipp.process;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs an engine test class again on the PostgreSQL service, in one context for all classes so annotated (any class on
 * plain {@code @SpringBootTest @ActiveProfiles("test")} that keeps to its own data and deploys nothing of its own).
 * The database persists between runs. Switched on with {@code -Ppostgres} (as .ci/run does);
 * then an unreachable PostgreSQL fails the build. Connection: KIPP_TEST_PG_URL / KIPP_TEST_PG_USER /
 * KIPP_TEST_PG_PASSWORD, by default the local service's database {@code test} with trust authentication.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@TestPropertySource(properties = {
    "spring.datasource.url=${KIPP_TEST_PG_URL:jdbc:postgresql://127.0.0.1:5432/test}",
    "spring.datasource.username=${KIPP_TEST_PG_USER:postgres}",
    "spring.datasource.password=${KIPP_TEST_PG_PASSWORD:}",
    "spring.datasource.driver-class-name=org.postgresql.Driver"})
public @interface OnPostgres {}
