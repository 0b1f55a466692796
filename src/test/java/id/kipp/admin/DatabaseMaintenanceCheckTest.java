package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.ds.PGSimpleDataSource;

class DatabaseMaintenanceCheckTest {

  @Test
  void h2NeedsNothing() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:maintenance-check");
    assertThat(new DatabaseMaintenanceCheck(h2).problem()).isEmpty();
  }

  @Test
  void anUnreachableDatabaseIsNotReportedAsAProblem() {
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1");
    assertThat(new DatabaseMaintenanceCheck(nowhere).problem()).isEmpty();
  }

  /** The build machine's PostgreSQL runs with autovacuum off; a default server has it on. */
  @Test
  @EnabledIfSystemProperty(named = "kipp.test.postgres", matches = "true")
  void postgresWithoutAutovacuumIsReported() throws Exception {
    String server = System.getenv().getOrDefault("KIPP_TEST_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/");
    String user = System.getenv().getOrDefault("KIPP_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("KIPP_TEST_PG_PASSWORD", "");
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setURL(server + "test");
    postgres.setUser(user);
    postgres.setPassword(password);
    String autovacuum;
    try (Connection connection = DriverManager.getConnection(server + "test", user, password);
         Statement statement = connection.createStatement();
         ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
      setting.next();
      autovacuum = setting.getString(1);
    }
    if ("on".equals(autovacuum)) {
      assertThat(new DatabaseMaintenanceCheck(postgres).problem()).isEmpty();
    } else {
      assertThat(new DatabaseMaintenanceCheck(postgres).problem()).hasValueSatisfying(
          message -> assertThat(message).contains("autovacuum = off", "ANALYZE"));
    }
  }
}
