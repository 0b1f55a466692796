package id.kipp.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's schema lacks for this application's queries, created when the engine starts (after it created
 * or checked its tables); nothing happens when they exist, and the engine's upgrade scripts leave them alone.
 * Measured in the national-scale benchmark (docs/performance.md):
 * <ul>
 *   <li>{@value #JOB_DUE_DATE}: the job executor polls {@code ACT_RU_JOB} for due jobs all the time; every juror task
 *       has two timer jobs (reminder and overdue), so with 6,000 juror tasks open each poll read 12,000 future timers
 *       (6-13 ms, a fifth of the database's time while the jurors scored). Now it reads the due jobs only.</li>
 *   <li>{@value #TASK_PARENT}: completing a task first looks up its subtasks ({@code PARENT_TASK_ID_}), a column the
 *       engine does not index, so every completion read every open task: about 1 ms with 6,000 juror tasks open, at
 *       each of the national edition's 10,800 completions, and more with every open task.</li>
 * </ul>
 * {@value #VARIABLE_TEXT}, a hash index on {@code UPPER(TEXT_)} of {@code ACT_HI_VARINST} (PostgreSQL) that served the
 * registration's duplicate check by title until that check became the entry registry's unique constraint (Flyway V8),
 * is dropped where an earlier version created it: no query uses it, and it hashed every text variable ever written
 * (about 4 KiB per entry; docs/performance.md).
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /** Named after the engine's own indexes. */
  static final String JOB_DUE_DATE = "KIPP_IDX_JOB_DUEDATE";
  static final String TASK_PARENT = "KIPP_IDX_TASK_PARENT";
  static final String VARIABLE_TEXT = "KIPP_IDX_HI_VAR_UPPER_TEXT";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    // on PostgreSQL without blocking the tables' writers (another node may be working while this one starts, and the
    // history table of a long-running installation takes a while to index)
    boolean postgres = "postgres".equals(configuration.getDatabaseType());
    String create = postgres ? "CREATE INDEX CONCURRENTLY IF NOT EXISTS " : "CREATE INDEX IF NOT EXISTS ";
    List<String> statements = new ArrayList<>();
    statements.add(create + JOB_DUE_DATE + " ON " + prefix + "ACT_RU_JOB (DUEDATE_)");
    statements.add(create + TASK_PARENT + " ON " + prefix + "ACT_RU_TASK (PARENT_TASK_ID_)");
    if (postgres) {
      statements.add("DROP INDEX CONCURRENTLY IF EXISTS " + VARIABLE_TEXT);
    }
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        try {
          statement.execute(sql);
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
        } catch (SQLException e) {
          // the engine works without it, only slower (or with it, only larger): an operator may do it by hand
          LOG.warn("Could not change an index ({}): {}", sql, e.getMessage());
          if (!connection.getAutoCommit()) {
            connection.rollback();
          }
        }
      }
    } catch (SQLException e) {
      LOG.warn("Could not create the engine's additional indexes: {}", e.getMessage());
    }
  }
}
