package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * {@code shared.JobCreationLogPlugin}: the job log keeps each job's failures and its success (or deletion), not the row
 * of its creation.
 */
class JobCreationLogTest extends ProcessTestBase {

  @Test
  void aJobsLogHasItsFailureAndItsSuccessButNoCreation() {
    String key = "log-pekerjaan-" + driver.code.toLowerCase();
    engine.getRepositoryService().createDeployment().name(key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
            .startEvent().serviceTask("Task_Async").camundaAsyncBefore()
            .camundaExpression("${ready ? 'selesai' : execution.getVariable('tidakAda').toString()}")
            .userTask("Task_Wait").endEvent().done())
        .deploy();
    String instance = engine.getRuntimeService().startProcessInstanceByKey(key,
        java.util.Map.of("ready", false)).getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();

    assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()));
    engine.getRuntimeService().setVariable(instance, "ready", true);
    engine.getManagementService().executeJob(job.getId());

    HistoryService history = engine.getHistoryService();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).creationLog().count()).isZero();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count()).isOne();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).successLog().singleResult()
        .getActivityId()).isEqualTo("Task_Async");
  }
}
