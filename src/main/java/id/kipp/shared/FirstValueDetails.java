package id.kipp.shared;

import java.util.Set;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.repository.ResourceTypes;

/**
 * The engine's database history handler, writing the {@code ACT_HI_DETAIL} row of a variable's creation only once the
 * variable changes (docs/performance.md, "Changes made"). History level {@code full} writes every new variable twice:
 * its row in {@code ACT_HI_VARINST} and a detail with the same value; most variables never change, so the detail
 * repeats the historic variable for good. Here:
 * <ul>
 *   <li>a variable of a process instance's own scope gets no detail when created: its historic variable keeps the
 *       value, and when an activity created it, its {@code ACT_INST_ID_} says which activity instance (where the
 *       detail would have said so; the scope is the process instance, {@code PROC_INST_ID_}); one created outside any
 *       activity — a called instance's variables handed in by the call activity — keeps the engine's value there, the
 *       process instance;</li>
 *   <li>when such a variable is changed or removed for the first time, its first value is written as a detail of its
 *       own (built from the historic variable, which still holds that value, with the creation's time and activity
 *       instance, a copy of its byte array), right before the change's detail.</li>
 * </ul>
 * So every value a variable held stays in the history: a variable without details has one value, in
 * {@code ACT_HI_VARINST}. Other variables (local to a sub-scope or a task, or created by a person's operation other
 * than completing a task or starting a process, whose detail carries the operation's id for the audit trail) get their
 * detail when created, as the engine writes it; the engine's multi-instance counters get none
 * ({@link #multiInstanceCounter}).
 */
class FirstValueDetails extends DbHistoryEventHandler {

  /** Commands whose operation id the audit trail does not show on variables (it tells them as task or entry). */
  private static final Set<Class<?>> TOLD_ELSEWHERE = Set.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class,
      StartProcessInstanceCmd.class, SubmitStartFormCmd.class);

  @Override
  protected void insertHistoricVariableUpdateEntity(HistoricVariableUpdateEventEntity event) {
    boolean deferred = deferred(event) && super.shouldWriteHistoricDetail(event);
    if (!event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE) && shouldWriteHistoricDetail(event)) {
      writeFirstValueIfMissing(event.getVariableInstanceId());
    }
    super.insertHistoricVariableUpdateEntity(event);
    if (deferred && event.getActivityInstanceId() != null) {
      HistoricVariableInstanceEntity created = getDbEntityManager().getCachedEntity(
          HistoricVariableInstanceEntity.class, event.getVariableInstanceId());
      if (created != null) {
        created.setActivityInstanceId(event.getActivityInstanceId());
      }
    }
  }

  @Override
  protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
    return super.shouldWriteHistoricDetail(event) && !deferred(event) && !multiInstanceCounter(event);
  }

  /**
   * The engine's own bookkeeping of a multi-instance activity (its counters in the body's scope, the loop counter in
   * each inner instance's): no details, their historic variables keep the last values. They changed at every juror's
   * return (about 8 detail rows per entry), and nothing reads their past values.
   */
  static boolean multiInstanceCounter(HistoricVariableUpdateEventEntity event) {
    return MULTI_INSTANCE_COUNTERS.contains(event.getVariableName()) && event.getProcessInstanceId() != null
        && !event.getProcessInstanceId().equals(event.getScopeActivityInstanceId());
  }

  private static final Set<String> MULTI_INSTANCE_COUNTERS = Set.of("nrOfInstances", "nrOfActiveInstances",
      "nrOfCompletedInstances", "loopCounter");

  /** Whether the creation's detail waits for a change (see the class comment). */
  static boolean deferred(HistoricVariableUpdateEventEntity event) {
    return event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
        && event.getProcessInstanceId() != null
        && event.getProcessInstanceId().equals(event.getScopeActivityInstanceId())
        && event.getTaskId() == null && (event.getUserOperationId() == null || toldElsewhere());
  }

  private static boolean toldElsewhere() {
    CommandInvocationContext invocation = Context.getCommandInvocationContext();
    return invocation != null && invocation.getCommand() != null
        && TOLD_ELSEWHERE.contains(invocation.getCommand().getClass());
  }

  private void writeFirstValueIfMissing(String variableInstanceId) {
    if (variableInstanceId == null || hasDetail(variableInstanceId)) {
      return;
    }
    HistoricVariableInstanceEntity variable = getDbEntityManager().selectById(HistoricVariableInstanceEntity.class,
        variableInstanceId);
    if (variable != null) {
      getDbEntityManager().insert(firstValue(variable));
    }
  }

  /** A detail of this variable written in this transaction, or stored. */
  private boolean hasDetail(String variableInstanceId) {
    for (HistoricDetailEventEntity cached : getDbEntityManager()
        .getCachedEntitiesByType(HistoricDetailEventEntity.class)) {
      if (cached instanceof HistoricVariableUpdateEventEntity update
          && variableInstanceId.equals(update.getVariableInstanceId())) {
        return true;
      }
    }
    CommandContext context = Context.getCommandContext();
    boolean tenantCheck = context.isTenantCheckEnabled();
    context.disableTenantCheck();
    try {
      HistoricDetailQueryImpl query = new HistoricDetailQueryImpl();
      query.variableInstanceId(variableInstanceId);
      return context.runWithoutAuthorization(
          () -> context.getHistoricDetailManager().findHistoricDetailCountByQueryCriteria(query)) > 0;
    } finally {
      context.setTenantCheckEnabled(tenantCheck);
    }
  }

  /** The creation's detail, as the engine would have written it, from the historic variable's first value. */
  private static HistoricVariableUpdateEventEntity firstValue(HistoricVariableInstanceEntity variable) {
    HistoricVariableUpdateEventEntity first = new HistoricVariableUpdateEventEntity();
    first.setEventType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE.getEventName());
    first.setVariableInstanceId(variable.getId());
    first.setVariableName(variable.getName());
    first.setProcessDefinitionKey(variable.getProcessDefinitionKey());
    first.setProcessDefinitionId(variable.getProcessDefinitionId());
    first.setRootProcessInstanceId(variable.getRootProcessInstanceId());
    first.setProcessInstanceId(variable.getProcessInstanceId());
    first.setExecutionId(variable.getExecutionId());
    first.setCaseDefinitionKey(variable.getCaseDefinitionKey());
    first.setCaseDefinitionId(variable.getCaseDefinitionId());
    first.setCaseInstanceId(variable.getCaseInstanceId());
    first.setCaseExecutionId(variable.getCaseExecutionId());
    first.setTaskId(variable.getTaskId());
    first.setTenantId(variable.getTenantId());
    first.setRemovalTime(variable.getRemovalTime());
    // a deferred variable's historic row names the activity instance that created it
    first.setActivityInstanceId(variable.getActivityInstanceId());
    first.setScopeActivityInstanceId(variable.getProcessInstanceId());
    first.setTimestamp(variable.getCreateTime());
    first.setSerializerName(variable.getSerializerName());
    first.setLongValue(variable.getLongValue());
    first.setDoubleValue(variable.getDoubleValue());
    first.setTextValue(variable.getTextValue());
    first.setTextValue2(variable.getTextValue2());
    first.setRevision(0);
    first.setSequenceCounter(1);
    // the engine marks the variables a process instance started with; their creating activity is the instance
    first.setInitial(variable.getProcessInstanceId() != null
        && variable.getProcessInstanceId().equals(variable.getActivityInstanceId()));
    if (variable.getByteArrayId() != null) {
      ByteArrayEntity copy = new ByteArrayEntity(variable.getName(), variable.getByteArrayValue(),
          ResourceTypes.HISTORY);
      copy.setRootProcessInstanceId(variable.getRootProcessInstanceId());
      copy.setRemovalTime(variable.getRemovalTime());
      Context.getCommandContext().getByteArrayManager().insertByteArray(copy);
      first.setByteArrayId(copy.getId());
    }
    return first;
  }
}
