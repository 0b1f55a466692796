package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_KEY;

import id.kipp.shared.Processes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
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
        .processVariableValueEquals(EDITION_KEY, editionKey)
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

  /**
   * Delivers {@code messageName} to each entry in a transaction of its own, so that a step of the edition that
   * releases thousands of entries never becomes one giant transaction (the engine's flush orders a transaction's
   * inserts in time quadratic in their number: 2,000 entries in one transaction did not commit within minutes, see
   * docs/performance.md). An entry no longer waiting was delivered by an earlier attempt of the same step (a retry
   * after a failure, or a second node that took over the job): it is skipped, so the step can simply run again.
   *
   * @return the number of entries delivered now
   */
  public static int deliverEach(ProcessEngine processEngine, List<WaitingEntry> entries, String messageName,
      Function<WaitingEntry, Map<String, Object>> variables) {
    CommandExecutor ownTransaction = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequiresNew();
    int delivered = 0;
    for (WaitingEntry entry : entries) {
      Map<String, Object> values = variables.apply(entry);
      for (int attempt = 1; ; attempt++) {
        try {
          ownTransaction.execute(commandContext -> processEngine.getRuntimeService()
              .createMessageCorrelation(messageName)
              .processInstanceId(entry.processInstanceId())
              .setVariables(values)
              .correlateWithResult());
          delivered++;
          break;
        } catch (MismatchingMessageCorrelationException e) {
          break; // delivered before
        } catch (OptimisticLockingException e) {
          if (attempt >= 5 || !stillWaiting(processEngine, entry, messageName)) {
            if (attempt >= 5) {
              throw e;
            }
            break;
          }
        }
      }
    }
    return delivered;
  }

  private static boolean stillWaiting(ProcessEngine processEngine, WaitingEntry entry, String messageName) {
    return processEngine.getRuntimeService().createExecutionQuery().processInstanceId(entry.processInstanceId())
        .messageEventSubscriptionName(messageName).count() > 0;
  }

  /** Delivers {@code messageName} to one waiting entry. */
  public void deliver(WaitingEntry entry, String messageName, Map<String, Object> variables) {
    engine.getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceId(entry.processInstanceId())
        .setVariables(variables)
        .correlate();
  }
}
