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
 *   <li>{@value #VARIABLE_TEXT} (PostgreSQL only: an index on an expression): the duplicate check of a registration
 *       looks for the same title ignoring case ({@code UPPER(TEXT_)}) and read every title ever registered, 6-8 ms at
 *       3,000 entries and more with every edition. A hash index, because a text value may be longer than a b-tree
 *       entry may be.</li>
 * </ul>
 */
@Component
public class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  /** Named after the engine's own indexes. */
  static final String JOB_DUE_DATE = "KIPP_IDX_JOB_DUEDATE";
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
    if (postgres) {
      statements.add(create + VARIABLE_TEXT + " ON " + prefix + "ACT_HI_VARINST USING hash (UPPER(TEXT_))");
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
          // the engine works without it, only slower: an operator may create it by hand
          LOG.warn("Could not create an index ({}): {}", sql, e.getMessage());
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
