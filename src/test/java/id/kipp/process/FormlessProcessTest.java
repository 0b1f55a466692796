package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/**
 * A process an administrator deploys without any form (start → user task → end): a participant allowed to start it
 * starts it and completes its task without fields, and any field is refused in Bahasa — the guard answers "no form"
 * without asking the engine for a form it does not have (which marked the whole transaction rollback-only).
 */
class FormlessProcessTest extends ProcessTestBase {

  @Test
  void aFormlessProcessIsWorkedWithoutFieldsAndRefusesAny() {
    String key = "tanpa-formulir-" + driver.code.toLowerCase();
    String definitionId = engine.getRepositoryService().createDeployment().name(key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).name("Proses tanpa formulir")
            .camundaHistoryTimeToLive(30).startEvent().camundaInitiator("starter")
            .userTask("Task_Tanpa_Formulir").name("Tugas tanpa formulir").camundaAssignee("${starter}")
            .endEvent().done())
        .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    String participant = driver.code.toLowerCase() + "tanpaformulir";
    driver.user(participant, "peserta");
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(participant);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(key);
    grant.addPermission(ProcessDefinitionPermissions.READ);
    grant.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(grant);

    assertThatThrownBy(() -> driver.as(participant,
        () -> engine.getFormService().submitStartForm(definitionId, Map.of("catatan", "x"))))
        .hasMessageContaining("catatan").hasMessageContaining("tidak ada pada formulir");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionId(definitionId).count())
        .isZero();

    ProcessInstance instance = driver.as(participant,
        () -> engine.getFormService().submitStartForm(definitionId, Map.of()));
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo(participant);
    assertThatThrownBy(() -> driver.as(participant, () -> {
      engine.getFormService().submitTaskForm(task.getId(), Map.of("selesai", true));
      return null;
    })).hasMessageContaining("selesai").hasMessageContaining("tidak ada pada formulir");
    driver.as(participant, () -> {
      engine.getFormService().submitTaskForm(task.getId(), Map.of());
      return null;
    });
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .finished().count()).isEqualTo(1);
  }
}
