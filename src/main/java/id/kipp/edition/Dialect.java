package id.kipp.edition;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** The few statements that differ between PostgreSQL and H2 (sequences, insert-if-missing). */
final class Dialect {

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  Dialect(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean postgres() {
    if (postgres == null) {
      postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection connection) ->
          connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
    return postgres;
  }
}
