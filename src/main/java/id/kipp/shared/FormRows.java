package id.kipp.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The rows of a form-js dynamic list (a repeatable group of fields): swaps, consensus scores, slot moves. Tasklist
 * loads a {@code Json} variable into the form as a list of objects and submits the list back as {@code Json}; the
 * rule that reads the rows gets them here, numbered from 1 as the form shows them, whatever form the value arrives in
 * (Spin JSON, JSON text, a Java list). The choices of a row's select come from a variable written by
 * {@link #options(Map)}.
 */
public final class FormRows {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormRows() {}

  /** One row of the list and its number (1-based) in the form. */
  public record Row(int number, Map<String, JsonNode> fields) {

    /** The text of a column, trimmed; null when the column is missing, empty or not text. */
    public String text(String column) {
      JsonNode value = fields.get(column);
      if (value == null || value.isNull() || !value.isValueNode()) {
        return null;
      }
      String text = value.asText().trim();
      return text.isEmpty() ? null : text;
    }

    /** The number in a column; null when the column is missing or not a number. */
    public Double number(String column) {
      JsonNode value = fields.get(column);
      return value != null && value.isNumber() ? value.doubleValue() : null;
    }

    /** True when a column holds something that is neither text nor a number nor empty. */
    public boolean hasStructure(String column) {
      JsonNode value = fields.get(column);
      return value != null && value.isContainerNode();
    }
  }

  /** An empty list as a {@code Json} variable: the form starts without rows and submits its rows as Json. */
  public static TypedValue empty() {
    return SpinValues.jsonValue("[]").create();
  }

  /** Rows as a {@code Json} variable (objects of column → value). */
  public static TypedValue json(List<? extends Map<String, ?>> rows) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(rows)).create();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The choices of a select in a dynamic list ({@code valuesKey}): value → label, in order, as a JSON list of
   * {@code {label, value}} objects. form-js reads it from the task's variables; the guard accepts only these values.
   */
  public static ObjectValue options(Map<String, String> labelsByValue) {
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach((value, label) -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", label);
      option.put("value", value);
      options.add(option);
    });
    return Vars.json(options);
  }

  /**
   * The rows of {@code value}; an absent value is no rows. Anything that is not a list of objects is reported (in
   * Bahasa Indonesia, naming {@code label}) and gives no rows. Rows where every column is empty are skipped (an added
   * row left empty), like blank lines were.
   */
  public static List<Row> read(Object value, String label, List<String> problems) {
    List<Row> rows = new ArrayList<>();
    JsonNode list = tree(value);
    if (value == null || list != null && list.isNull()) {
      return rows;
    }
    if (list == null || !list.isArray()) {
      problems.add("Isian \"" + label + "\" harus berupa daftar baris dari formulir.");
      return rows;
    }
    int number = 0;
    for (JsonNode item : list) {
      number++;
      if (!item.isObject()) {
        problems.add("Baris " + number + " pada \"" + label + "\" bukan baris formulir.");
        continue;
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      boolean empty = true;
      for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        fields.put(field.getKey(), field.getValue());
        JsonNode column = field.getValue();
        if (!column.isNull() && !(column.isTextual() && column.asText().isBlank())) {
          empty = false;
        }
      }
      if (!empty) {
        rows.add(new Row(number, fields));
      }
    }
    return rows;
  }

  private static JsonNode tree(Object value) {
    if (value instanceof SerializableValue serializable && serializable.getValueSerialized() != null) {
      value = serializable.getValueSerialized();
    } else if (value instanceof TypedValue typed) {
      value = typed.getValue();
    }
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof JsonNode node) {
        return node;
      }
      if (value instanceof String || value.getClass().getName().startsWith("org.camunda.spin")) {
        return JSON.readTree(value.toString()); // Spin JSON prints itself as JSON
      }
      return JSON.valueToTree(value);
    } catch (IOException | IllegalArgumentException e) {
      return null;
    }
  }
}
