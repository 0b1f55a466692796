package id.kipp.objection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of a dynamic list as a form submits them: a JSON list of objects (Tasklist sends a {@code Json} variable;
 * a Java caller may pass a list of maps). Every value becomes text; a row whose values are all blank is left out (a
 * row the user added and left empty).
 */
final class JsonRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonRows() {}

  /** The rows, or null when {@code value} is not a list of objects. */
  static List<Map<String, String>> of(Object value) {
    if (value == null) {
      return List.of();
    }
    Object parsed = value;
    if (!(value instanceof List<?>)) {
      try {
        // a Spin JSON node (the Json type) prints itself as JSON; so does a JSON text
        parsed = JSON.readValue(value.toString(), new TypeReference<List<Object>>() {});
      } catch (Exception e) {
        return null;
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (Object row : (List<?>) parsed) {
      if (!(row instanceof Map<?, ?> map)) {
        return null;
      }
      Map<String, String> texts = new LinkedHashMap<>();
      map.forEach((key, cell) -> texts.put(String.valueOf(key), cell == null ? "" : cell.toString().strip()));
      if (texts.values().stream().anyMatch(text -> !text.isEmpty())) {
        rows.add(texts);
      }
    }
    return rows;
  }
}
