package id.kipp.identity.guard;

import java.util.Set;
import org.camunda.bpm.engine.impl.AbstractNativeQuery;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What an engine command does, by its class, for {@link CommandGuard}. Commands of the engine are named after what
 * they do ({@code GetTaskFormCmd}, {@code SetTaskVariablesCmd}, ...): reading commands start with Get, Find, Is, Check
 * or execute a query or filter; every other {@code *Cmd} of the engine changes something and is a {@link Action#WRITE}
 * unless it is one of the few writes a task holder needs. Commands that only an administrator may run at all are listed
 * by name in {@link #ADMIN_ONLY}. Commands of the webapps (their query plugins) and of this application read.
 */
final class CommandPolicy {

  enum Action {
    /** reads only */
    READ,
    /** completes a task, with or without its form: the form's fields only, by the task's holder */
    COMPLETE_TASK,
    /** starts a process instance: the start form's fields only, no business key, no start instructions */
    START,
    /** claims or unclaims a task */
    CLAIM,
    /** adds a comment to a task or process instance */
    COMMENT,
    /** changes the caller's own account (name, e-mail, password); the engine lets nobody change another's */
    OWN_ACCOUNT,
    /** any other change: the secretariat's tools in Cockpit (variables, retries, suspension, assignment, ...) */
    WRITE,
    /** what only an administrator may do (moving tokens, messages, signals, jobs, external tasks, history, ...) */
    ADMIN_ONLY
  }

  private static final String ENGINE = "org.camunda.bpm.engine.impl.";

  /** Commands that no one but an administrator may run: they bypass the process or erase its audit trail. */
  static final Set<String> ADMIN_ONLY = Set.of(
      "StartProcessInstanceAtActivitiesCmd", "ModifyProcessInstanceCmd", "ModifyProcessInstanceAsyncCmd",
      "ProcessInstanceModificationCmd", "ProcessInstanceModificationBatchCmd", "ActivityAfterInstantiationCmd",
      "ActivityBeforeInstantiationCmd", "ActivityCancellationCmd", "ActivityInstanceCancellationCmd",
      "TransitionInstanceCancellationCmd", "TransitionInstantiationCmd", "RestartProcessInstancesCmd",
      "RestartProcessInstancesBatchCmd", "MigrateProcessInstanceCmd", "MigrateProcessInstanceBatchCmd",
      "CreateMigrationPlanCmd", "SetProcessDefinitionVersionCmd",
      "CorrelateMessageCmd", "CorrelateAllMessageCmd", "CorrelateAllMessageBatchCmd", "MessageEventReceivedCmd",
      "SignalEventReceivedCmd", "SignalCmd", "EvaluateStartConditionCmd",
      "ExecuteJobsCmd", "FetchExternalTasksCmd", "LockExternalTaskCmd", "CompleteExternalTaskCmd",
      "HandleExternalTaskBpmnErrorCmd", "HandleExternalTaskFailureCmd", "ExtendLockOnExternalTaskCmd",
      "UnlockExternalTaskCmd", "SetExternalTaskRetriesCmd", "SetExternalTasksRetriesCmd",
      "SetExternalTasksRetriesBatchCmd", "SetExternalTaskPriorityCmd",
      "EvaluateDecisionCmd", "EvaluateDecisionTableCmd",
      "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd", "CreateTaskCmd", "DeleteTaskCmd",
      "CreateAttachmentCmd", "SaveAttachmentCmd", "DeleteAttachmentCmd", "CreateIncidentCmd",
      "SetVariablesToProcessInstancesBatchCmd",
      "DeleteHistoricProcessInstancesCmd", "DeleteHistoricProcessInstancesBatchCmd", "DeleteHistoricTaskInstanceCmd",
      "DeleteHistoricVariableInstanceCmd", "DeleteHistoricVariableInstancesByProcessInstanceIdCmd",
      "DeleteHistoricDecisionInstanceByDefinitionIdCmd", "DeleteHistoricDecisionInstanceByInstanceIdCmd",
      "DeleteHistoricDecisionInstancesBatchCmd", "DeleteHistoricDecisionInstancesBulkCmd",
      "DeleteHistoricCaseInstanceCmd", "DeleteHistoricCaseInstancesBulkCmd", "DeleteHistoricBatchCmd",
      "DeleteUserOperationLogEntryCmd", "SetRemovalTimeToHistoricProcessInstancesCmd",
      "SetRemovalTimeToHistoricDecisionInstancesCmd", "SetRemovalTimeToHistoricBatchesCmd",
      "UpdateCommentCmd", "DeleteTaskCommentCmd", "DeleteProcessInstanceCommentCmd");

  private CommandPolicy() {}

  static Action classify(Command<?> command) {
    return classify(command.getClass());
  }

  static Action classify(Class<?> type) {
    if (AbstractQuery.class.isAssignableFrom(type) || AbstractNativeQuery.class.isAssignableFrom(type)) {
      return Action.READ;
    }
    String name = type.getSimpleName();
    switch (name) {
      case "SubmitTaskFormCmd", "CompleteTaskCmd" -> {
        return Action.COMPLETE_TASK;
      }
      case "SubmitStartFormCmd", "StartProcessInstanceCmd" -> {
        return Action.START;
      }
      case "ClaimTaskCmd" -> {
        return Action.CLAIM;
      }
      case "AddCommentCmd" -> {
        return Action.COMMENT;
      }
      case "SaveUserCmd", "CheckPassword" -> {
        return Action.OWN_ACCOUNT;
      }
      case "SetAnnotationForOperationLog" -> {
        return Action.WRITE;
      }
      default -> { }
    }
    if (ADMIN_ONLY.contains(name)) {
      return Action.ADMIN_ONLY;
    }
    if (!type.getName().startsWith(ENGINE) || !name.endsWith("Cmd")) {
      return Action.READ; // webapp query plugins, this application's own commands, engine-internal helpers
    }
    return isReading(name) ? Action.READ : Action.WRITE;
  }

  private static boolean isReading(String name) {
    return name.startsWith("Get") || name.startsWith("Find") || name.startsWith("Is") || name.startsWith("Check")
        || name.startsWith("ExecuteFilter") || name.startsWith("Optimize") || name.startsWith("Determine")
        || name.equals("AuthorizationCheckCmd") || name.matches("Create\\w*QueryCmd");
  }
}
