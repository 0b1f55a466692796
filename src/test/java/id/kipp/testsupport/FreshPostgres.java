package id.kipp.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A new, empty PostgreSQL database for one test context, for the tests that deploy their own rule or process versions
 * (they must not change the shared {@code test} database for later runs). Used by the {@code *OnPostgresTest}
 * classes, which run only with {@code -Ppostgres}.
 */
public final class FreshPostgres {

  private FreshPostgres() {}

  public static void register(DynamicPropertyRegistry registry, String name) {
    create(name).forEach((key, value) -> registry.add(key, () -> value));
  }

  /** Drops and creates the database; its connection properties. */
  public static Map<String, Object> create(String name) {
    // KIPP_TEST_PG_DB_PREFIX keeps two checkouts testing at the same time on one server apart (default "kipp_")
    String database = System.getenv().getOrDefault("KIPP_TEST_PG_DB_PREFIX", "kipp_") + name;
    String server = System.getenv().getOrDefault("KIPP_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getenv().getOrDefault("KIPP_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("KIPP_TEST_PG_PASSWORD", "");
    try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL is not reachable for the PostgreSQL tests: " + e.getMessage(), e);
    }
    return Map.of("spring.datasource.url", server + database, "spring.datasource.username", user,
        "spring.datasource.password", password, "spring.datasource.driver-class-name", "org.postgresql.Driver");
  }

  /**
   * The database {@code web} for the classes annotated {@link SharedWebTestOnPostgres}: one context for all of them
   * (an initializer, unlike a {@code @DynamicPropertySource} method of each class, is the same for every class, so the
   * context cache shares the context). Created empty once per JVM, before that context starts.
   */
  public static final class Shared implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Map<String, Object> properties;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
      synchronized (Shared.class) {
        if (properties == null) {
          properties = create("web");
        }
      }
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sharedPostgres", properties));
    }
  }
}
