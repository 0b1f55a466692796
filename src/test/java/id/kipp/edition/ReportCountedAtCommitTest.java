package id.kipp.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.edition.EditionTally.Tally;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A report made in an asynchronous job, as the entries' "Laporkan … ke edisi" are, through the engine's own job
 * execution ({@code ManagementService.executeJob} runs a job as the job executor does: {@code ExecuteJobsCmd} in the
 * engine's Spring transaction, then the failed-job handling): the report is counted after the job's engine work has
 * been flushed, the last report's action continues a process instance through the RuntimeService in the job's
 * transaction, and a failure there rolls the whole job back and is retried, at last becoming an incident.
 *
 * <p>The test's own process reports with a delegate of the test ({@code reportingStep}), to a stand-in of the edition
 * (a process waiting at a user task), so that the last report's action can be made to fail.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReportCountedAtCommitTest {

  /** The delegate of the reporting step: reports, sets a variable of its own instance, continues the stand-in. */
  @TestConfiguration
  static class ReportingStep {

    static final AtomicBoolean FAIL = new AtomicBoolean();
    static final AtomicInteger FLUSHED_WHEN_COUNTED = new AtomicInteger();

    @Bean
    JavaDelegate reportingStep(EditionTally tally, JdbcTemplate jdbc) {
      return execution -> {
        String instanceId = execution.getProcessInstanceId();
        String standInId = (String) execution.getVariable("standInId");
        // taken now: the execution's own view of the engine needs its command context, closed when the report counts
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        tally.report((String) execution.getVariable("editionKey"), ReportedStage.PRESENTATION, instanceId, false,
            counted -> {
          // the job's own work is in the database already, in this transaction
          FLUSHED_WHEN_COUNTED.set(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_VARIABLE "
              + "WHERE PROC_INST_ID_ = ? AND NAME_ = 'reportMade'", Integer.class, instanceId));
          runtime.setVariable(standInId, "presentedCount", counted.reported());
          if (FAIL.get()) {
            throw new IllegalStateException("Edisi tidak dapat dilanjutkan");
          }
        });
        execution.setVariable("reportMade", true);
      };
    }
  }

  @Autowired
  ProcessEngine engine;

  @Autowired
  EditionTally tally;

  @Autowired
  PlatformTransactionManager transactionManager;

  private String deploymentId;
  private String editionKey;

  @BeforeEach
  void deploy() {
    ReportingStep.FAIL.set(false);
    ReportingStep.FLUSHED_WHEN_COUNTED.set(-1);
    editionKey = "LAPOR" + System.nanoTime() + "-2030";
    deploymentId = engine.getRepositoryService().createDeployment().name("report-counted-at-commit")
        .addModelInstance("reporting.bpmn", Bpmn.createExecutableProcess("tallyReporting")
            .camundaHistoryTimeToLive(1).startEvent()
            .serviceTask("Task_Report").camundaAsyncBefore().camundaDelegateExpression("${reportingStep}")
            .userTask("Task_AfterReport").endEvent().done())
        .addModelInstance("stand-in.bpmn", Bpmn.createExecutableProcess("tallyEditionStandIn")
            .camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done())
        .deploy().getId();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      tally.prepare(editionKey);
      tally.expect(editionKey, ReportedStage.PRESENTATION, 1, 0, 0);
    });
  }

  @AfterEach
  void undeploy() {
    engine.getRepositoryService().deleteDeployment(deploymentId, true);
  }

  @Test
  void theLastReportContinuesTheEditionAfterTheJobsWorkWasFlushed() {
    String standIn = engine.getRuntimeService().startProcessInstanceByKey("tallyEditionStandIn").getId();
    String reporting = startReporting(standIn);

    engine.getManagementService().executeJob(job(reporting).getId());

    assertThat(tally.read(editionKey, ReportedStage.PRESENTATION)).isEqualTo(new Tally(1L, 1, 0));
    assertThat(ReportingStep.FLUSHED_WHEN_COUNTED).hasValue(1);
    assertThat(engine.getRuntimeService().getVariable(standIn, "presentedCount")).isEqualTo(1L);
    assertThat(engine.getRuntimeService().getVariable(reporting, "reportMade")).isEqualTo(true);
  }

  @Test
  void aFailureOfTheLastReportsActionRollsTheJobBackAndIsRetriedThenAnIncident() {
    String standIn = engine.getRuntimeService().startProcessInstanceByKey("tallyEditionStandIn").getId();
    String reporting = startReporting(standIn);
    ReportingStep.FAIL.set(true);
    String jobId = job(reporting).getId();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
        .hasMessageContaining("Edisi tidak dapat dilanjutkan");
    // nothing of the job stays: not the report, not the stand-in's variable, not the job's own work
    assertThat(tally.read(editionKey, ReportedStage.PRESENTATION)).isEqualTo(new Tally(1L, 0, 0));
    assertThat(engine.getRuntimeService().getVariable(standIn, "presentedCount")).isNull();
    assertThat(engine.getRuntimeService().getVariable(reporting, "reportMade")).isNull();
    Job failed = job(reporting);
    assertThat(failed.getRetries()).isEqualTo(2);
    assertThat(failed.getExceptionMessage()).contains("Edisi tidak dapat dilanjutkan");

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId))
          .hasMessageContaining("Edisi tidak dapat dilanjutkan");
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reporting).list())
        .singleElement().extracting(Incident::getIncidentType).isEqualTo("failedJob");

    // retried once the cause is gone: counted once
    ReportingStep.FAIL.set(false);
    engine.getManagementService().setJobRetries(jobId, 1);
    engine.getManagementService().executeJob(jobId);
    assertThat(tally.read(editionKey, ReportedStage.PRESENTATION)).isEqualTo(new Tally(1L, 1, 0));
    assertThat(engine.getRuntimeService().getVariable(standIn, "presentedCount")).isEqualTo(1L);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(reporting).count()).isZero();
  }

  private String startReporting(String standInId) {
    return engine.getRuntimeService().startProcessInstanceByKey("tallyReporting",
        java.util.Map.of("editionKey", editionKey, "standInId", standInId)).getId();
  }

  private Job job(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).singleResult();
  }
}
