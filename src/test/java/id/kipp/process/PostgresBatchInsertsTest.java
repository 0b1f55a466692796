package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code shared.PostgresBatchInserts}: on PostgreSQL a batch of inserts goes as one multi-row statement (the driver
 * then reports no row count per insert); on H2 nothing changes.
 */
class PostgresBatchInsertsTest extends ProcessTestBase {

  @Autowired
  DataSource dataSource;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void batchedInsertsAreRewrittenOnPostgresOnly() throws Exception {
    boolean postgres = dataSource.unwrap(HikariDataSource.class).getJdbcUrl().startsWith("jdbc:postgresql:");
    jdbc.execute("CREATE TABLE IF NOT EXISTS batch_probe (n INTEGER)");
    try {
      int[] counts = jdbc.batchUpdate("INSERT INTO batch_probe (n) VALUES (?)", List.of(new Object[] {1},
          new Object[] {2}, new Object[] {3}));

      assertThat(jdbc.queryForObject("SELECT SUM(n) FROM batch_probe", Integer.class)).isEqualTo(6);
      if (postgres) {
        // the driver sends rows in groups of a power of two: here 2 rows as one statement, then 1
        assertThat(counts).containsExactly(Statement.SUCCESS_NO_INFO, Statement.SUCCESS_NO_INFO, 1);
      } else {
        assertThat(counts).containsExactly(1, 1, 1);
      }
    } finally {
      jdbc.execute("DROP TABLE batch_probe");
    }
  }
}
