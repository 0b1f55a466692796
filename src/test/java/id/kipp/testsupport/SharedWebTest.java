package id.kipp.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application on a random port (profile {@code test}) on one H2 database shared by every class so annotated: they
 * all run in <em>one</em> cached Spring context, which saves a context start (10 to 30 s) per class. A class belongs
 * here when it keeps to its own data: its own {@link CompetitionDriver} edition (random code), its own users, and
 * counts or fingerprints only as differences within one test, never totals of the database. A class that deploys its
 * own process or rule versions, needs properties of its own, or asserts on everything the database holds (a list page
 * that must show exactly its editions, Cockpit's first page of instances) keeps a context of its own. The
 * {@code *OnPostgresTest} variant of such a class is annotated {@link SharedWebTestOnPostgres}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-web-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
public @interface SharedWebTest {}
