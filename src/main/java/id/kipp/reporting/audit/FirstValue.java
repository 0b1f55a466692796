package id.kipp.reporting.audit;

import java.util.Date;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The creation of a variable that never changed, read from its historic variable: such a variable has no
 * {@code ACT_HI_DETAIL} row (its creation's detail is written only when it changes, {@code shared.FirstValueDetails}),
 * and its historic row holds the one value it had, the time it was created and the activity instance that created it.
 */
final class FirstValue implements HistoricVariableUpdate {

  private final HistoricVariableInstance variable;

  FirstValue(HistoricVariableInstance variable) {
    this.variable = variable;
  }

  @Override
  public String getVariableName() {
    return variable.getName();
  }

  @Override
  public String getVariableInstanceId() {
    return variable.getId();
  }

  @Override
  public String getTypeName() {
    return variable.getTypeName();
  }

  @Override
  public String getVariableTypeName() {
    return variable.getTypeName();
  }

  @Override
  public Object getValue() {
    return variable.getValue();
  }

  @Override
  public TypedValue getTypedValue() {
    return variable.getTypedValue();
  }

  @Override
  public int getRevision() {
    return 0;
  }

  @Override
  public String getErrorMessage() {
    return variable.getErrorMessage();
  }

  @Override
  public Boolean isInitial() {
    return variable.getProcessInstanceId() != null
        && variable.getProcessInstanceId().equals(variable.getActivityInstanceId());
  }

  @Override
  public String getId() {
    return variable.getId();
  }

  @Override
  public String getProcessDefinitionKey() {
    return variable.getProcessDefinitionKey();
  }

  @Override
  public String getProcessDefinitionId() {
    return variable.getProcessDefinitionId();
  }

  @Override
  public String getRootProcessInstanceId() {
    return variable.getRootProcessInstanceId();
  }

  @Override
  public String getProcessInstanceId() {
    return variable.getProcessInstanceId();
  }

  /** The activity instance that created the variable. */
  @Override
  public String getActivityInstanceId() {
    return variable.getActivityInstanceId();
  }

  @Override
  public String getExecutionId() {
    return variable.getExecutionId();
  }

  @Override
  public String getCaseDefinitionKey() {
    return variable.getCaseDefinitionKey();
  }

  @Override
  public String getCaseDefinitionId() {
    return variable.getCaseDefinitionId();
  }

  @Override
  public String getCaseInstanceId() {
    return variable.getCaseInstanceId();
  }

  @Override
  public String getCaseExecutionId() {
    return variable.getCaseExecutionId();
  }

  @Override
  public String getTaskId() {
    return variable.getTaskId();
  }

  @Override
  public Date getTime() {
    return variable.getCreateTime();
  }

  @Override
  public String getTenantId() {
    return variable.getTenantId();
  }

  /** Only variables created by a task's completion or an entry's start are left without a detail: no operation. */
  @Override
  public String getUserOperationId() {
    return null;
  }

  @Override
  public Date getRemovalTime() {
    return variable.getRemovalTime();
  }
}
