package id.kipp.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

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
    return Variables.objectValue(new ArrayList<>(items)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }

  /** A map of lists (e.g. entry key → jurors) stored as JSON; copied into plain collections Jackson can read back. */
  public static ObjectValue jsonMap(java.util.Map<String, ? extends List<String>> map) {
    java.util.LinkedHashMap<String, ArrayList<String>> copy = new java.util.LinkedHashMap<>();
    map.forEach((key, values) -> copy.put(key, new ArrayList<>(values)));
    return json(copy);
  }

  /** Any object stored as JSON. */
  public static ObjectValue json(Object value) {
    return Variables.objectValue(value).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
  }
}
