package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.JobDueDates;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jobs are due from their creation ({@link JobDueDates}): the job executor's polling finds an asynchronous continuation
 * by its due date alone; a job written before the setting, without a due date, is given one at engine start and is
 * polled again.
 */
class JobDueDatesTest extends ProcessTestBase {

  @Autowired
  DataSource dataSource;

  @Autowired
  JobDueDates jobDueDates;

  private String deploymentId;

  @AfterEach
  void removeDeployment() {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  @Test
  void aContinuationIsDueFromItsCreationAndAJobWithoutDueDateGetsOneAtStart() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    deploymentId = engine.getRepositoryService().createDeployment().addModelInstance("due-date.bpmn",
        Bpmn.createExecutableProcess("jobDueDateCheck").camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Later").camundaAsyncBefore().camundaExpression("${true}").endEvent().done())
        .deploy().getId();
    String instance = engine.getRuntimeService().startProcessInstanceByKey("jobDueDateCheck").getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(job.getDuedate()).as("due at its creation").isNotNull();
    assertThat(acquirable(configuration)).contains(job.getId());

    // as written before the setting
    new JdbcTemplate(dataSource).update("UPDATE ACT_RU_JOB SET DUEDATE_ = NULL WHERE ID_ = ?", job.getId());
    assertThat(acquirable(configuration)).as("the polling asks for due dates only").doesNotContain(job.getId());

    jobDueDates.postProcessEngineBuild(engine);

    assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getDuedate())
        .isNotNull();
    assertThat(acquirable(configuration)).contains(job.getId());
  }

  /** The ids the job executor's polling would take now (it locks them, as a poll does). */
  private static List<String> acquirable(ProcessEngineConfigurationImpl configuration) {
    JobExecutor executor = configuration.getJobExecutor();
    AcquiredJobs acquired = configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor, 100));
    List<String> ids = acquired.getJobIdBatches().stream().flatMap(List::stream).toList();
    // give them back: the next poll of this test looks again
    new JdbcTemplate(configuration.getDataSource()).update(
        "UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL WHERE LOCK_OWNER_ IS NOT NULL");
    return ids;
  }
}
