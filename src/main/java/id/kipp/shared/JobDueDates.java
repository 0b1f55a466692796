package id.kipp.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every job gets a due date when it is created (the engine's {@code ensureJobDueDateNotNull}): an asynchronous
 * continuation is due at its creation. The job executor's polling then asks for {@code DUEDATE_ <= now} alone, a
 * range of the index {@code KIPP_IDX_JOB_DUEDATE} ({@link EngineIndexes}), instead of
 * {@code DUEDATE_ is null or DUEDATE_ <= now}, which read every due continuation at each poll (2.1 ms a poll while the
 * 2,001 entries of a national edition took their jurors, with the jurors' 12,000 timers waiting; docs/performance.md).
 * Jobs written before this setting have no due date and would never be polled: at engine start they get their creation
 * time (nothing happens when there are none).
 */
@Component
public class JobDueDates extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(JobDueDates.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnsureJobDueDateNotNull(true);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
         Statement statement = connection.createStatement()) {
      int dated = statement.executeUpdate("UPDATE " + prefix + "ACT_RU_JOB SET DUEDATE_ = COALESCE(CREATE_TIME_,"
          + " CURRENT_TIMESTAMP) WHERE DUEDATE_ IS NULL");
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      if (dated > 0) {
        LOG.info("{} jobs written without a due date are due from their creation time", dated);
      }
    } catch (SQLException e) {
      // such jobs would wait: say so, an operator can run the statement by hand
      LOG.error("Could not give the jobs without a due date one (they are not run until they have one): {}",
          e.getMessage());
    }
  }
}
