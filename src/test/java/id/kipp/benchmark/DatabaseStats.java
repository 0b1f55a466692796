package id.kipp.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Exact row counts and sizes of the engine's tables (ACT_RU_*, ACT_HI_*, ACT_GE_BYTEARRAY) and our own tables. */
final class DatabaseStats {

  record Table(String name, long rows, long bytes) {}

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

  private final JdbcTemplate jdbc;

  DatabaseStats(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Snapshot snapshot(String moment) {
    List<Table> tables = new ArrayList<>();
    for (Map<String, Object> row : jdbc.queryForList("""
        SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind = 'r' AND n.nspname = current_schema()
          AND (c.relname LIKE 'act\\_ru\\_%' OR c.relname LIKE 'act\\_hi\\_%' OR c.relname = 'act_ge_bytearray'
               OR c.relname IN ('evaluation', 'conflict_declaration'))
        ORDER BY c.relname""")) {
      String name = (String) row.get("name");
      Long rows = jdbc.queryForObject("SELECT COUNT(*) FROM " + name, Long.class);
      tables.add(new Table(name.toUpperCase(), rows, ((Number) row.get("bytes")).longValue()));
    }
    Long database = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class);
    return new Snapshot(moment, tables, database);
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

  String serverVersion() {
    return jdbc.queryForObject("SHOW server_version", String.class);
  }
}
