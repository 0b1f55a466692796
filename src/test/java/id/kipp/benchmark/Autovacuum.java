package id.kipp.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What PostgreSQL's autovacuum does for the benchmark's database, for a server that runs without it (the build
 * machine's PostgreSQL has {@code autovacuum = off}; a production server has it on, PostgreSQL's default). Every
 * {@code naptime} it analyzes each table changed by more than 50 rows + 10 % since its last analysis and vacuums each
 * table with more than 50 + 20 % dead rows: the default thresholds of autovacuum. Without it the engine's tables are
 * never analyzed and the planner misjudges them: loading an execution's variables took 17 ms instead of 0.1 ms at
 * 3,000 entries (docs/performance.md).
 */
final class Autovacuum implements AutoCloseable {

  private final String url;
  private final String user;
  private final String password;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "benchmark-autovacuum");
    thread.setDaemon(true);
    return thread;
  });
  final AtomicLong analyses = new AtomicLong();
  final AtomicLong vacuums = new AtomicLong();
  final AtomicLong millis = new AtomicLong();

  private Autovacuum(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Started only when the server's own autovacuum is off; null otherwise. */
  static Autovacuum startIfServerHasNone(String url, String user, String password, long naptimeSeconds)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
         Statement statement = connection.createStatement();
         ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
      setting.next();
      if ("on".equalsIgnoreCase(setting.getString(1))) {
        return null;
      }
    }
    Autovacuum autovacuum = new Autovacuum(url, user, password);
    autovacuum.scheduler.scheduleWithFixedDelay(autovacuum::round, naptimeSeconds, naptimeSeconds, TimeUnit.SECONDS);
    return autovacuum;
  }

  private void round() {
    long start = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(url, user, password);
         Statement statement = connection.createStatement()) {
      List<String> analyze = new ArrayList<>();
      List<String> vacuum = new ArrayList<>();
      try (ResultSet tables = statement.executeQuery("""
          SELECT relname, n_live_tup, n_dead_tup, n_mod_since_analyze FROM pg_stat_user_tables
          WHERE schemaname = current_schema()""")) {
        while (tables.next()) {
          long live = tables.getLong(2);
          if (tables.getLong(3) > 50 + 0.2 * live) {
            vacuum.add(tables.getString(1));
          } else if (tables.getLong(4) > 50 + 0.1 * live) {
            analyze.add(tables.getString(1));
          }
        }
      }
      for (String table : vacuum) {
        statement.execute("VACUUM (ANALYZE) " + table);
        vacuums.incrementAndGet();
      }
      for (String table : analyze) {
        statement.execute("ANALYZE " + table);
        analyses.incrementAndGet();
      }
    } catch (SQLException e) {
      System.out.println("benchmark autovacuum: " + e.getMessage());
    } finally {
      millis.addAndGet((System.nanoTime() - start) / 1_000_000);
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
