package id.kipp.edition;

import id.kipp.shared.Processes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;

/** The entries of one edition that wait for a message from it, loaded with a fixed number of queries. */
public final class EditionEntries {

  private final ProcessEngineServices engine;

  public EditionEntries(ProcessEngineServices engine) {
    this.engine = engine;
  }

  /** Entries of {@code editionKey} waiting for {@code messageName}, ordered by entry key. */
  public List<WaitingEntry> waitingFor(String editionKey, String messageName, String... variableNames) {
    List<Execution> executions = engine.getRuntimeService().createExecutionQuery()
        .processDefinitionKey(Processes.ENTRY)
        .messageEventSubscriptionName(messageName)
        .processVariableValueEquals("editionKey", editionKey)
        .list();
    if (executions.isEmpty()) {
      return List.of();
    }
    String[] instanceIds = executions.stream().map(Execution::getProcessInstanceId).distinct().toArray(String[]::new);
    Map<String, String> businessKeys = new HashMap<>();
    for (ProcessInstance instance : engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceIds(java.util.Set.of(instanceIds)).list()) {
      businessKeys.put(instance.getId(), instance.getBusinessKey());
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    if (variableNames.length > 0) {
      for (VariableInstance variable : engine.getRuntimeService().createVariableInstanceQuery()
          .processInstanceIdIn(instanceIds).variableNameIn(variableNames).list()) {
        // process-level variables only: their execution is the process instance itself
        if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    List<WaitingEntry> entries = new ArrayList<>();
    for (Execution execution : executions) {
      String instanceId = execution.getProcessInstanceId();
      entries.add(new WaitingEntry(instanceId, execution.getId(), businessKeys.get(instanceId),
          variables.getOrDefault(instanceId, Map.of())));
    }
    entries.sort(Comparator.comparing(WaitingEntry::entryKey));
    return entries;
  }

  /** Delivers {@code messageName} to one waiting entry. */
  public void deliver(WaitingEntry entry, String messageName, Map<String, Object> variables) {
    engine.getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceId(entry.processInstanceId())
        .setVariables(variables)
        .correlate();
  }
}
