package id.kipp.identity.guard;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The Camunda Form a task shows, for {@link CommandGuard} (the fields a completion may submit) and {@link
 * RecordedFieldsInterceptor} (the fields it hands over as transient), in one place, so that a completion looks the form
 * up once:
 *
 * <ul>
 *   <li>the task's form reference is resolved with one query (binding {@code latest} follows a newly deployed form);
 *   <li>a form definition's resource is read and parsed once per definition id: a deployed resource never changes
 *       (bounded cache);</li>
 *   <li>what the guard resolved for a command is handed to the recorded-fields interceptor of that same command
 *       ({@link #during}), which then asks the database nothing.</li>
 * </ul>
 *
 * One instance is shared by every guard and interceptor of an engine ({@link EngineGuardPlugin}).
 */
final class TaskForms {

  /** A deployed Camunda Form: the fields it declares and those it marks {@value CamundaFormSchema#RECORDED}. */
  record TaskForm(DeclaredForm declared, Set<String> recorded) {

    /** The referenced form is not deployed: nothing may be submitted, nothing is recorded. */
    static final TaskForm MISSING = new TaskForm(DeclaredForm.none(), Set.of());

    static TaskForm parse(String json) {
      return new TaskForm(CamundaFormSchema.parse(json), CamundaFormSchema.recordedFields(json));
    }
  }

  private static final int MAX_CACHED_FORMS = 500;

  /** Parsed forms by Camunda Form definition id. */
  private final Map<String, TaskForm> byDefinition = new ConcurrentHashMap<>();

  /** The form the guard resolved for the command now running on this thread. */
  private final ThreadLocal<Resolved> resolved = new ThreadLocal<>();

  private record Resolved(Command<?> command, String taskId, TaskForm form) {}

  /** Whether the task shows a Camunda Form ({@code camunda:formRef}); an embedded or no form is not one. */
  static boolean hasCamundaForm(TaskEntity task) {
    return task.getTaskDefinition() != null && task.getTaskDefinition().getFormDefinition() != null
        && task.getTaskDefinition().getFormDefinition().getCamundaFormDefinitionKey() != null
        && task.getProcessDefinition() != null;
  }

  /**
   * The Camunda Form of {@code task} (which {@link #hasCamundaForm has one}) as {@code command} sees it: the one
   * resolved for that command by {@link #during}, or else read now; {@link TaskForm#MISSING} when it is not deployed.
   */
  TaskForm of(CommandContext context, Command<?> command, TaskEntity task) {
    Resolved handed = resolved.get();
    if (handed != null && handed.command() == command && handed.taskId().equals(task.getId())) {
      return handed.form();
    }
    return read(context, task);
  }

  /** Runs {@code work} (the rest of {@code command}) with {@code form} resolved for its task. */
  <T> T during(Command<T> command, String taskId, TaskForm form, Supplier<T> work) {
    if (form == null || taskId == null) {
      return work.get();
    }
    Resolved outer = resolved.get();
    resolved.set(new Resolved(command, taskId, form));
    try {
      return work.get();
    } finally {
      if (outer == null) {
        resolved.remove();
      } else {
        resolved.set(outer);
      }
    }
  }

  private TaskForm read(CommandContext context, TaskEntity task) {
    FormDefinition form = task.getTaskDefinition().getFormDefinition();
    CamundaFormRefImpl reference = new CamundaFormRefImpl(
        String.valueOf(form.getCamundaFormDefinitionKey().getValue(task)), form.getCamundaFormDefinitionBinding());
    if (form.getCamundaFormDefinitionVersion() != null) {
      reference.setVersion(Integer.valueOf(String.valueOf(form.getCamundaFormDefinitionVersion().getValue(task))));
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, task.getProcessDefinition().getDeploymentId()));
    if (definition == null) {
      return TaskForm.MISSING;
    }
    TaskForm cached = byDefinition.get(definition.getId());
    if (cached != null) {
      return cached;
    }
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(definition.getDeploymentId(), definition.getResourceName());
    if (resource == null) {
      return TaskForm.MISSING;
    }
    TaskForm parsed = TaskForm.parse(new String(resource.getBytes(), StandardCharsets.UTF_8));
    if (byDefinition.size() < MAX_CACHED_FORMS) {
      byDefinition.put(definition.getId(), parsed);
    }
    return parsed;
  }
}
