package id.kipp.identity.guard;

import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * The rule for recorded fields: a field of a task's Camunda Form marked {@code "kipp.recorded": "true"} (a form-js
 * custom property, {@link CamundaFormSchema#recordedFields}) is one whose value a complete listener of the task records
 * in the application's own tables (a juror's scores: {@code DeskScoreRecorder}). Whoever completes such a task —
 * Tasklist, the REST API, the application's own services, an administrator, a nested command — hands its value to the
 * engine as a <em>transient</em> variable: the listeners read it as before ({@code task.getVariable}) in the same
 * command, but the engine writes no ACT_RU_VARIABLE, ACT_HI_VARINST or ACT_HI_DETAIL row for it. A field the process
 * reads after the task (across an async continuation) must not be marked.
 *
 * <p>Installed after the engine's command context ({@link EngineGuardPlugin}), so the task it reads is the one the
 * command completes, and after {@link CommandGuard}, whose checks see the submission unchanged. The form is the one
 * the guard resolved for the command, or else read by {@link TaskForms}. A value stays
 * persistent when a variable of that name is already stored where the task would write it (an instance started
 * before the field was marked), since the engine cannot turn a stored variable transient.
 */
final class RecordedFieldsInterceptor extends CommandInterceptor {

  private final TaskForms forms;

  RecordedFieldsInterceptor(TaskForms forms) {
    this.forms = forms;
  }

  @Override
  public <T> T execute(Command<T> command) {
    String field = switch (command.getClass().getName()) {
      case "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd" -> "properties";
      case "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd" -> "variables";
      default -> null;
    };
    if (field != null) {
      Map<String, Object> submitted = CommandFields.variables(command, field);
      String taskId = CommandFields.text(command, "taskId");
      if (submitted != null && !submitted.isEmpty() && taskId != null) {
        CommandContext context = Context.getCommandContext();
        VariableMap converted = context.runWithoutAuthorization(() -> convert(context, command, taskId, submitted));
        if (converted != null) {
          CommandFields.set(command, field, converted);
        }
      }
    }
    return next.execute(command);
  }

  private VariableMap convert(CommandContext context, Command<?> command, String taskId, Map<String, Object> submitted) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    if (task == null || !TaskForms.hasCamundaForm(task)) {
      return null; // the command itself answers; an embedded HTML form or none declares nothing recorded
    }
    Set<String> recorded = forms.of(context, command, task).recorded();
    return recorded.isEmpty() ? null : transientValues(submitted, recorded, task::hasVariable);
  }

  /**
   * A copy of {@code submitted} in which the values of the {@code recorded} fields are transient, unless
   * {@code stored} says a variable of that name is already stored; {@code null} when nothing changes. Numbers, texts,
   * booleans, dates and untyped values are converted; objects, files and JSON values stay as submitted.
   */
  static VariableMap transientValues(Map<String, Object> submitted, Set<String> recorded, Predicate<String> stored) {
    VariableMap typed = Variables.fromMap(submitted);
    VariableMap copy = Variables.createVariables();
    boolean changed = false;
    for (String name : typed.keySet()) {
      TypedValue value = typed.getValueTyped(name);
      TypedValue kept = value;
      if (recorded.contains(name) && (value == null || !value.isTransient()) && !stored.test(name)) {
        TypedValue converted = asTransient(value);
        if (converted != null) {
          kept = converted;
          changed = true;
        }
      }
      copy.putValueTyped(name, kept);
    }
    return changed ? copy : null;
  }

  static TypedValue asTransient(TypedValue value) {
    if (value == null) {
      return Variables.untypedNullValue(true);
    }
    if (value instanceof UntypedValueImpl || value.getType() == null) {
      return Variables.untypedValue(value.getValue(), true);
    }
    if (value.getType() instanceof PrimitiveValueType type) {
      return type.createValue(value.getValue(), Map.of(ValueType.VALUE_INFO_TRANSIENT, true));
    }
    return null;
  }
}
