package id.kipp.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.ContextConfiguration;

/**
 * The {@code *OnPostgresTest} variant of a {@link SharedWebTest} class: all of them share one Spring context on one
 * PostgreSQL database, created empty once per test JVM ({@link FreshPostgres.Shared}). Only with {@code -Ppostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
@ContextConfiguration(initializers = FreshPostgres.Shared.class)
public @interface SharedWebTestOnPostgres {}
