package id.kipp.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import id.kipp.identity.guard.CommandPolicy.Action;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every command of the engine on the class path, classified as the guard classifies it. When a Camunda upgrade adds a
 * command, it is a write (refused to task holders) unless its name says it reads; this test prints the table so that a
 * reviewer sees where each new command landed.
 */
class CommandPolicyTest {

  private static Map<String, Class<?>> commands;

  @BeforeAll
  static void importEngineCommands() {
    commands = new ClassFileImporter().importPackages("org.camunda.bpm.engine.impl").stream()
        .filter(c -> c.isAssignableTo(Command.class) && !c.getModifiers().contains(
            com.tngtech.archunit.core.domain.JavaModifier.ABSTRACT) && !c.isInterface() && !c.isAnonymousClass())
        .collect(Collectors.toMap(JavaClass::getSimpleName, JavaClass::reflect, (a, b) -> a));
  }

  @Test
  void everyAdminOnlyNameIsARealCommand() {
    assertThat(commands.keySet()).containsAll(CommandPolicy.ADMIN_ONLY);
  }

  @Test
  void readsAndTheTaskHoldersWritesAreTold() {
    assertThat(action("GetTaskFormCmd")).isEqualTo(Action.READ);
    assertThat(action("GetDeployedTaskFormCmd")).isEqualTo(Action.READ);
    assertThat(action("ExecuteFilterListPageCmd")).isEqualTo(Action.READ);
    assertThat(action("AuthorizationCheckCmd")).isEqualTo(Action.READ);
    assertThat(action("SubmitTaskFormCmd")).isEqualTo(Action.COMPLETE_TASK);
    assertThat(action("CompleteTaskCmd")).isEqualTo(Action.COMPLETE_TASK);
    assertThat(action("SubmitStartFormCmd")).isEqualTo(Action.START);
    assertThat(action("StartProcessInstanceCmd")).isEqualTo(Action.START);
    assertThat(action("ClaimTaskCmd")).isEqualTo(Action.CLAIM);
    assertThat(action("AddCommentCmd")).isEqualTo(Action.COMMENT);
    assertThat(action("SaveUserCmd")).isEqualTo(Action.OWN_ACCOUNT);
  }

  @Test
  void everyWayOfBendingAnEntryIsAWriteOrForAdministratorsOnly() {
    for (String write : List.of("SetTaskVariablesCmd", "PatchTaskVariablesCmd", "RemoveTaskVariablesCmd",
        "SetExecutionVariablesCmd", "PatchExecutionVariablesCmd", "RemoveExecutionVariablesCmd", "AssignTaskCmd",
        "DelegateTaskCmd", "ResolveTaskCmd", "SetTaskOwnerCmd", "SetTaskNameCmd", "SetTaskDueDateCmd",
        "SetTaskPriorityCmd", "SaveTaskCmd", "AddUserIdentityLinkCmd", "AddGroupIdentityLinkCmd",
        "DeleteUserIdentityLinkCmd", "SetJobRetriesCmd", "SuspendProcessInstanceCmd", "DeleteProcessInstanceCmd")) {
      assertThat(action(write)).as(write).isEqualTo(Action.WRITE);
    }
    for (String adminOnly : List.of("CorrelateMessageCmd", "SignalEventReceivedCmd", "ModifyProcessInstanceCmd",
        "MigrateProcessInstanceCmd", "StartProcessInstanceAtActivitiesCmd", "ExecuteJobsCmd", "FetchExternalTasksCmd",
        "EvaluateDecisionCmd", "HandleTaskBpmnErrorCmd", "CreateAttachmentCmd", "DeleteHistoricProcessInstancesCmd",
        "DeleteUserOperationLogEntryCmd", "DeleteTaskCommentCmd")) {
      assertThat(action(adminOnly)).as(adminOnly).isEqualTo(Action.ADMIN_ONLY);
    }
  }

  @Test
  void printsWhereEveryEngineCommandLands() {
    Map<Action, Set<String>> table = new EnumMap<>(Action.class);
    commands.forEach((name, type) -> table.computeIfAbsent(CommandPolicy.classify(type), a -> new TreeSet<>()).add(name));
    table.forEach((action, names) -> System.out.println(action + " (" + names.size() + "): " + String.join(", ", names)));
    assertThat(table.get(Action.WRITE)).hasSizeGreaterThan(50);
    assertThat(table.get(Action.READ)).hasSizeGreaterThan(50);
  }

  private static Action action(String simpleName) {
    assertThat(commands).containsKey(simpleName);
    return CommandPolicy.classify(commands.get(simpleName));
  }
}
