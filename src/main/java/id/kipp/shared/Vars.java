package id.kipp.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.Spin;

/** Reads and writes process variables as the forms and the REST API deliver them (numbers may be Long, Integer or Double). */
public final class Vars {

  private Vars() {}

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString().trim();
  }

  public static Long whole(Object value) {
    if (value instanceof Number number) {
      double d = number.doubleValue();
      return d == Math.rint(d) ? number.longValue() : null;
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Long.parseLong(text.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public static Double decimal(Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return Double.parseDouble(text.trim().replace(',', '.'));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  public static long whole(VariableScope scope, String name, long fallback) {
    Long value = whole(scope.getVariable(name));
    return value == null ? fallback : value;
  }

  /**
   * Sets a variable unless it already holds an equal value: with history level {@code full} every set is a change in
   * the history (a detail row, and the first value's when the variable was new), also when the value stays the same.
   */
  public static void setIfChanged(VariableScope scope, String name, Object value) {
    if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
      scope.setVariable(name, value);
    }
  }

  public static boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value != null && ("true".equalsIgnoreCase(value.toString().trim()) || "on".equalsIgnoreCase(value.toString().trim()));
  }

  public static List<String> textList(Object value) {
    List<String> result = new ArrayList<>();
    if (value instanceof Collection<?> items) {
      for (Object item : items) {
        if (item != null) {
          result.add(item.toString());
        }
      }
    }
    return result;
  }

  /** A list stored as JSON (readable in Cockpit, usable as a multi-instance collection). */
  public static ObjectValue jsonList(List<?> items) {
    return json(new ArrayList<>(items));
  }

  /** A map of lists (e.g. entry key → jurors) stored as JSON; copied into plain collections Jackson can read back. */
  public static ObjectValue jsonMap(Map<String, ? extends List<String>> map) {
    LinkedHashMap<String, ArrayList<String>> copy = new LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
    return json(copy);
  }

  /**
   * Any object stored as JSON. A map or list of plain JSON values (below) is stored under its class's own name (e.g.
   * {@code java.util.TreeMap}) instead of the generic name Spin would record ({@code
   * java.util.TreeMap<java.lang.String,java.lang.Integer>}): Spin reads a value back by first trying
   * {@code Class.forName} on the recorded name, which for a generic name fails only after searching every jar of the
   * class path, at every read (3 % of the application's CPU in the national benchmark; docs/performance.md). Read
   * back, such a value is the same: Jackson gives these element types for JSON's strings, booleans, integers and
   * decimals.
   */
  public static ObjectValue json(Object value) {
    if (value != null && PLAIN_CONTAINERS.contains(value.getClass()) && plain(value)) {
      return Variables.serializedObjectValue(Spin.JSON(value).toString())
          .serializationDataFormat(Variables.SerializationDataFormats.JSON)
          .objectTypeName(value.getClass().getName()).create();
    }
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  /** Containers Jackson reads back as themselves from a non-generic type name. */
  private static final Set<Class<?>> PLAIN_CONTAINERS =
      Set.of(ArrayList.class, HashMap.class, LinkedHashMap.class, TreeMap.class);

  /**
   * Whether a value is made only of what JSON gives back unchanged without a type: texts, booleans, {@code Integer}s,
   * finite {@code Double}s, null, and maps (text keys) and lists of these ({@code Long}s would come back as {@code Integer}s).
   */
  private static boolean plain(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Double number && Double.isFinite(number)) {
      return true;
    }
    if (value instanceof Map<?, ?> map) {
      return PLAIN_CONTAINERS.contains(map.getClass())
          && map.entrySet().stream().allMatch(entry -> entry.getKey() instanceof String && plain(entry.getValue()));
    }
    if (value instanceof List<?> list) {
      return PLAIN_CONTAINERS.contains(list.getClass()) && list.stream().allMatch(Vars::plain);
    }
    return false;
  }
}
