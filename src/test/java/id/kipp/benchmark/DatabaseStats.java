package id.kipp.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Exact row counts and sizes of every table of the schema: the engine's (ACT_*) and our own. */
final class DatabaseStats {

  /**
   * One table: rows and {@code pg_total_relation_size} ({@code bytes}), split into the heap ({@code pg_relation_size}
   * of the main fork), its TOAST table with the TOAST index, and its own indexes; the rest of {@code bytes} is the
   * free space and visibility maps.
   */
  record Table(String name, long rows, long bytes, long heap, long toast, long indexes) {

    Table(String name, long rows, long bytes) {
      this(name, rows, bytes, 0, 0, 0);
    }
  }

  record Snapshot(String moment, List<Table> tables, long databaseBytes) {

    long rows(String prefix) {
      return tables.stream().filter(t -> t.name().startsWith(prefix)).mapToLong(Table::rows).sum();
    }

    long bytes(String prefix) {
      return tables.stream().filter(t -> t.name().startsWith(prefix)).mapToLong(Table::bytes).sum();
    }

    Table table(String name) {
      return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(new Table(name, 0, 0));
    }
  }

  /** Job log entries by state (0 created, 1 failed, 2 successful, 3 deleted) and failures by optimistic locking. */
  record JobLog(long created, long failed, long succeeded, long optimisticLockingFailures) {

    JobLog minus(JobLog before) {
      return new JobLog(created - before.created, failed - before.failed, succeeded - before.succeeded,
          optimisticLockingFailures - before.optimisticLockingFailures);
    }
  }

  /** One SQL statement's share of a stage: calls and execution time summed over the stage. */
  record Statement(String query, long calls, double totalMillis) {

    double meanMillis() {
      return calls == 0 ? 0 : totalMillis / calls;
    }
  }

  /** Cumulative counters of {@code pg_stat_statements} for this database, by query id. */
  record StatementCounters(Map<Long, Statement> byQueryId) {

    /** The statements with the most execution time between {@code before} and these counters. */
    List<Statement> topSince(StatementCounters before, int limit) {
      List<Statement> delta = new ArrayList<>();
      byQueryId.forEach((id, now) -> {
        Statement then = before.byQueryId().get(id);
        long calls = now.calls() - (then == null ? 0 : then.calls());
        double millis = now.totalMillis() - (then == null ? 0 : then.totalMillis());
        if (calls > 0) {
          delta.add(new Statement(now.query(), calls, millis));
        }
      });
      delta.sort((a, b) -> Double.compare(b.totalMillis(), a.totalMillis()));
      return List.copyOf(delta.subList(0, Math.min(limit, delta.size())));
    }
  }

  private final JdbcTemplate jdbc;
  private Boolean statementsAvailable;

  DatabaseStats(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Snapshot snapshot(String moment) {
    List<Table> tables = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("""
        SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes, pg_relation_size(c.oid) AS heap,
          CASE WHEN c.reltoastrelid = 0 THEN 0 ELSE pg_total_relation_size(c.reltoastrelid) END AS toast,
          pg_indexes_size(c.oid) AS indexes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = current_schema()
        ORDER BY c.relname""")) {
      String name = (String) row.get("name");
      Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + name, Long.class);
      tables.add(new Table(name.toUpperCase(), rows, ((Number) row.get("bytes")).longValue(),
          ((Number) row.get("heap")).longValue(), ((Number) row.get("toast")).longValue(),
          ((Number) row.get("indexes")).longValue()));
    }
    Long database = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
    return new Snapshot(moment, tables, database);
  }

  /** {@code pg_database_size} of the benchmark's database. */
  long databaseBytes() {
    Long bytes = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
    return bytes == null ? 0 : bytes;
  }

  JobLog jobLog() {
    Map<Integer, Long> byState = new LinkedHashMap<>();
    jdbc.query("SELECT JOB_STATE_, COUNT(*) FROM ACT_HI_JOB_LOG GROUP BY JOB_STATE_",
        rs -> {
          byState.put(rs.getInt(1), rs.getLong(2));
        });
    Long locking = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE JOB_STATE_ = 1 AND "
        + "(JOB_EXCEPTION_MSG_ LIKE '%OptimisticLocking%' OR JOB_EXCEPTION_MSG_ LIKE 'ENGINE-03005%')", Long.class);
    return new JobLog(byState.getOrDefault(0, 0L), byState.getOrDefault(1, 0L), byState.getOrDefault(2, 0L),
        locking == null ? 0 : locking);
  }

  /**
   * Whether PostgreSQL's {@code pg_stat_statements} can be read (the module must be in the server's
   * {@code shared_preload_libraries}; the extension is created in the benchmark's database).
   */
  boolean statementsAvailable() {
    if (statementsAvailable == null) {
      try {
        jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        jdbc.queryForList("SELECT 1 FROM pg_stat_statements LIMIT 1");
        statementsAvailable = true;
      } catch (RuntimeException e) {
        statementsAvailable = false;
      }
    }
    return statementsAvailable;
  }

  StatementCounters statementCounters() {
    Map<Long, Statement> counters = new LinkedHashMap<>();
    if (statementsAvailable()) {
      jdbc.query("""
          SELECT queryid, calls, total_exec_time, query FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND queryid IS NOT NULL""",
          rs -> {
            counters.merge(rs.getLong(1), new Statement(rs.getString(4), rs.getLong(2), rs.getDouble(3)),
                (a, b) -> new Statement(a.query(), a.calls() + b.calls(), a.totalMillis() + b.totalMillis()));
          });
    }
    return new StatementCounters(counters);
  }

  String serverVersion() {
    return jdbc.queryForObject("SHOW server_version", String.class);
  }

  /**
   * The server settings that decide how fast documents are written (docs/operator-guide.md, "PostgreSQL settings"), as
   * {@code name value}, comma-separated.
   */
  String writeSettings() {
    return String.join(", ", jdbc.queryForList("SELECT name || ' ' || current_setting(name) FROM pg_settings"
        + " WHERE name IN ('shared_buffers', 'wal_buffers', 'max_wal_size', 'checkpoint_timeout') ORDER BY name",
        String.class));
  }
}
