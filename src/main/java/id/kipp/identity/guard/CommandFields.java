package id.kipp.identity.guard;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Reads what a command carries (task, variables, business key, ...). The engine's commands keep these in protected
 * fields without getters; the names are those of Camunda 7.24 and are checked at start-up ({@link #verify()}), so an
 * engine upgrade that renames one stops the application with a clear message instead of letting a command through
 * unchecked.
 */
final class CommandFields {

  /** Command class → field → expected field type. */
  private static final Map<String, Map<String, Class<?>>> FIELDS = Map.of(
      "org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd", Map.of("taskId", String.class, "properties", Map.class),
      "org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd", Map.of("taskId", String.class, "variables", Map.class),
      "org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd", Map.of("processDefinitionId", String.class,
          "businessKey", String.class, "variables", Map.class),
      "org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd", Map.of("instantiationBuilder",
          ProcessInstantiationBuilderImpl.class),
      "org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd", Map.of("taskId", String.class, "userId", String.class),
      "org.camunda.bpm.engine.impl.cmd.AddCommentCmd", Map.of("taskId", String.class, "processInstanceId",
          String.class, "message", String.class));

  private CommandFields() {}

  static String text(Command<?> command, String name) {
    return (String) get(command, name);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> variables(Command<?> command, String name) {
    return (Map<String, Object>) get(command, name);
  }

  /** Replaces what a command carries (the variables of a completion: {@link RecordedFieldsInterceptor}). */
  static void set(Command<?> command, String name, Object value) {
    try {
      Field field = find(command.getClass(), name);
      field.setAccessible(true);
      field.set(command, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot write " + name + " of " + command.getClass().getName(), e);
    }
  }

  static Object get(Command<?> command, String name) {
    try {
      Field field = find(command.getClass(), name);
      field.setAccessible(true);
      return field.get(command);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
    }
  }

  /** Fails when a field this guard reads is missing from the engine on the class path. */
  static void verify() {
    FIELDS.forEach((className, fields) -> fields.forEach((name, type) -> {
      try {
        Field field = find(Class.forName(className), name);
        if (!type.isAssignableFrom(field.getType())) {
          throw new IllegalStateException(className + "." + name + " is a " + field.getType().getName() + ", not a "
              + type.getName());
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("The engine's " + className + " has no field " + name
            + ": the command guard (id.kipp.identity.guard) must be adapted to this Camunda version", e);
      }
    }));
  }

  private static Field find(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      try {
        return current.getDeclaredField(name);
      } catch (NoSuchFieldException e) {
        // look in the superclass
      }
    }
    throw new NoSuchFieldException(name);
  }
}
