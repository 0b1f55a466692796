package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A variable's creation gets its {@code ACT_HI_DETAIL} row only when the variable changes
 * ({@code shared.FirstValueDetails}): a variable never changed has its historic row only (which names the activity
 * instance that created it); a changed one has its first value as a detail of its own before each change's, whether
 * changed in a later transaction or in the one that created it; a JSON value's first detail keeps its own copy of
 * the first bytes.
 */
class FirstValueDetailsTest extends ProcessTestBase {

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aCreationIsWrittenAsADetailOnlyWhenTheVariableChanges() {
    String key = "nilai-pertama-" + driver.code.toLowerCase();
    String definitionId = engine.getRepositoryService().createDeployment().name(key)
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
            .startEvent().userTask("Task_A")
            .serviceTask("Task_Once").camundaExpression("${execution.setVariable('twice', 'satu')}")
            .serviceTask("Task_Twice").camundaExpression("${execution.setVariable('twice', 'dua')}")
            .serviceTask("Task_Thrice").camundaExpression("${execution.setVariable('twice', 'tiga')}")
            .userTask("Task_B").endEvent().done())
        .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceById(definitionId, Map.of(
        "kept", "satu", "changed", "awal", "json", Vars.json(new java.util.HashMap<>(Map.of("nilai", 1)))));
    String id = instance.getId();
    String task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
    engine.getTaskService().complete(task, Map.of("changed", "baru", "fromTask", "x"));
    engine.getRuntimeService().setVariable(id, "json", Vars.json(new java.util.HashMap<>(Map.of("nilai", 2))));

    // never changed: one historic row, no detail; the row names the activity instance that created it
    assertThat(details(id, "kept")).isEmpty();
    assertThat(variable(id, "kept").getValue()).isEqualTo("satu");
    assertThat(details(id, "fromTask")).isEmpty();
    String taskA = engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
        .activityId("Task_A").singleResult().getId();
    assertThat(variable(id, "fromTask").getActivityInstanceId()).isEqualTo(taskA);

    // changed in a later transaction: the first value (an initial variable of the start), then the change
    List<HistoricVariableUpdate> changed = details(id, "changed");
    assertThat(changed).extracting(HistoricVariableUpdate::getValue).containsExactly("awal", "baru");
    assertThat(changed.get(0).isInitial()).isTrue();
    assertThat(changed.get(0).getTime()).isEqualTo(variable(id, "changed").getCreateTime());
    assertThat(changed.get(0).getActivityInstanceId()).isEqualTo(id);
    assertThat(changed.get(1).getActivityInstanceId()).isEqualTo(taskA);
    assertThat(changed.get(1).isInitial()).isFalse();

    // created and changed twice in one transaction: one first value, each change once
    List<HistoricVariableUpdate> twice = details(id, "twice");
    assertThat(twice).extracting(HistoricVariableUpdate::getValue).containsExactly("satu", "dua", "tiga");
    assertThat(twice.get(0).getActivityInstanceId()).isEqualTo(engine.getHistoryService()
        .createHistoricActivityInstanceQuery().processInstanceId(id).activityId("Task_Once").singleResult().getId());
    assertThat(twice.get(0).isInitial()).isFalse();
    assertThat(variable(id, "twice").getValue()).isEqualTo("tiga");

    // a JSON value: the first detail has its own byte array with the first value
    List<HistoricVariableUpdate> json = details(id, "json");
    assertThat(json).hasSize(2).extracting(update -> ((ObjectValue) update.getTypedValue()).getValueSerialized())
        .containsExactly("{\"nilai\":1}", "{\"nilai\":2}");
    List<String> byteArrays = jdbc.queryForList("SELECT BYTEARRAY_ID_ FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?"
        + " AND NAME_ = 'json'", String.class, id);
    String current = jdbc.queryForObject("SELECT BYTEARRAY_ID_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?"
        + " AND NAME_ = 'json'", String.class, id);
    assertThat(byteArrays).hasSize(2).doesNotContainNull().doesNotHaveDuplicates().doesNotContain(current);
    assertThat(((ObjectValue) variable(id, "json").getTypedValue()).getValueSerialized()).isEqualTo("{\"nilai\":2}");

    // the instance ends: its variables are removed without a detail more (nothing written, nothing looked up)
    long detailRows = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", Long.class, id);
    engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult()
        .getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
        .getEndTime()).isNotNull();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ?", Long.class, id))
        .isEqualTo(detailRows);
    assertThat(details(id, "kept")).isEmpty();
  }

  @Test
  void variablesHandedToACalledInstanceAndTheMultiInstanceCountersGetNoDetail() {
    String key = "dipanggil-" + driver.code.toLowerCase();
    String child = key + "-anak";
    engine.getRepositoryService().createDeployment().name(key)
        .addModelInstance(child + ".bpmn", Bpmn.createExecutableProcess(child).camundaHistoryTimeToLive(30)
            .startEvent().userTask("Task_Child").endEvent().done())
        .addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(30)
            .startEvent().callActivity("Call_Child").calledElement(child).camundaIn("handed", "handed")
            .multiInstance().camundaCollection("${items}").camundaElementVariable("item").multiInstanceDone()
            .endEvent().done())
        .deploy();
    String parent = engine.getRuntimeService().startProcessInstanceByKey(key, Map.of("handed", "dari induk",
        "items", Vars.jsonList(List.of("a", "b")))).getId();
    List<String> children = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent)
        .list().stream().map(ProcessInstance::getId).toList();
    assertThat(children).hasSize(2);
    for (String task : engine.getTaskService().createTaskQuery().processInstanceIdIn(children.toArray(String[]::new))
        .list().stream().map(org.camunda.bpm.engine.task.Task::getId).toList()) {
      engine.getTaskService().complete(task);
    }

    // handed in by the call activity: the value in ACT_HI_VARINST only, its scope the called instance
    for (String called : children) {
      assertThat(details(called, "handed")).isEmpty();
      assertThat(variable(called, "handed").getValue()).isEqualTo("dari induk");
      assertThat(variable(called, "handed").getActivityInstanceId()).isEqualTo(called);
    }
    // the multi-instance's counters changed at each return, without a detail; the element variables keep theirs
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ IN"
        + " ('nrOfInstances', 'nrOfActiveInstances', 'nrOfCompletedInstances', 'loopCounter')", Long.class, parent))
        .isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ? AND NAME_ ="
        + " 'nrOfCompletedInstances'", Long.class, parent)).isOne();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ = 'item'",
        Long.class, parent)).isEqualTo(2);
  }

  private List<HistoricVariableUpdate> details(String instance, String name) {
    HistoryService history = engine.getHistoryService();
    return history.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
        .variableInstanceId(variable(instance, name).getId()).disableCustomObjectDeserialization()
        .orderByTime().asc().orderPartiallyByOccurrence().asc().list().stream()
        .map(HistoricVariableUpdate.class::cast).toList();
  }

  private HistoricVariableInstance variable(String instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName(name).disableCustomObjectDeserialization().singleResult();
  }
}
