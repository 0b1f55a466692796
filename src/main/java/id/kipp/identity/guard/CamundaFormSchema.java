package id.kipp.identity.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.identity.guard.DeclaredForm.Field;
import id.kipp.identity.guard.DeclaredForm.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the submittable fields of a Camunda Form (form-js JSON, schemaVersion 16 as Tasklist 7.24 renders it). A keyed
 * component becomes a field, unless it is disabled (form-js does not submit disabled fields); a group without a path
 * only lays fields out, a group with a path is an object, a dynamic list a list of objects. Components that show
 * something (text, table, image, ...) submit nothing.
 *
 * <p>A field may also declare, with the custom property {@value #RECORDED} (form-js keeps custom properties and does
 * not render them), that the server records its value in the application's own tables: see {@link #recordedFields}.
 */
final class CamundaFormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The custom property ({@code "properties": {"kipp.recorded": "true"}}) of a field recorded by the server. */
  static final String RECORDED = "kipp.recorded";

  private CamundaFormSchema() {}

  static DeclaredForm parse(String json) {
    try {
      JsonNode form = JSON.readTree(json);
      Map<String, Field> fields = new LinkedHashMap<>();
      collect(form.path("components"), fields);
      return new DeclaredForm(form.path("id").asText("formulir"), fields);
    } catch (IOException e) {
      throw new IllegalStateException("form is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void collect(JsonNode components, Map<String, Field> into) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      String type = component.path("type").asText("");
      String label = component.path("label").asText(null);
      switch (type) {
        case "group" -> {
          String path = component.path("path").asText("");
          if (path.isBlank()) {
            collect(component.path("components"), into);
          } else {
            Map<String, Field> children = new LinkedHashMap<>();
            collect(component.path("components"), children);
            DeclaredForm.put(into, path, new Field(path, label, Kind.GROUP, null, null, null, false, children));
          }
        }
        case "dynamiclist" -> {
          Map<String, Field> children = new LinkedHashMap<>();
          collect(component.path("components"), children);
          String path = component.path("path").asText("");
          if (!path.isBlank()) {
            DeclaredForm.put(into, path, new Field(path, label, Kind.LIST, null, null, null, false, children));
          }
        }
        default -> {
          Kind kind = kindOf(type);
          String key = component.path("key").asText("");
          if (kind != null && !key.isBlank()) {
            DeclaredForm.put(into, key, field(component, key, label, kind));
          }
        }
      }
    }
  }

  private static Kind kindOf(String type) {
    return switch (type) {
      case "textfield", "textarea", "datetime" -> Kind.TEXT;
      case "number" -> Kind.NUMBER;
      case "checkbox" -> Kind.BOOLEAN;
      case "radio", "select" -> Kind.CHOICE;
      case "checklist", "taglist" -> Kind.CHOICES;
      default -> null;
    };
  }

  private static Field field(JsonNode component, String key, String label, Kind kind) {
    JsonNode validate = component.path("validate");
    List<String> choices = null;
    if (component.path("values").isArray()) {
      choices = new ArrayList<>();
      for (JsonNode value : component.path("values")) {
        choices.add(value.path("value").asText());
      }
    }
    // choices from a variable (valuesKey) are checked against that variable; choices from an expression cannot be
    // known beforehand: then the rule that reads the field decides
    String choicesVariable = component.path("valuesKey").asText(null);
    return new Field(key, label, kind, choices, choicesVariable,
        validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
        component.path("readonly").isBoolean() && component.path("readonly").asBoolean(), Map.of());
  }

  /**
   * The variables of a form's fields marked {@value #RECORDED}: a task listener records their values in the
   * application's own tables, so they need not be kept as process variables ({@link RecordedFieldsInterceptor}). Only a
   * field that is a variable of its own counts (a key without a dot, outside a group with a path or a dynamic list);
   * a disabled field submits nothing.
   */
  static Set<String> recordedFields(String json) {
    try {
      Set<String> recorded = new LinkedHashSet<>();
      collectRecorded(JSON.readTree(json).path("components"), recorded);
      return Set.copyOf(recorded);
    } catch (IOException e) {
      throw new IllegalStateException("form is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void collectRecorded(JsonNode components, Set<String> into) {
    for (JsonNode component : components) {
      if (component.path("disabled").asBoolean(false)) {
        continue;
      }
      if ("group".equals(component.path("type").asText("")) && component.path("path").asText("").isBlank()) {
        collectRecorded(component.path("components"), into);
        continue;
      }
      String key = component.path("key").asText("");
      JsonNode recorded = component.path("properties").path(RECORDED);
      if (!key.isBlank() && !key.contains(".") && kindOf(component.path("type").asText("")) != null
          && (recorded.asText("").equalsIgnoreCase("true") || recorded.asBoolean(false))) {
        into.add(key);
      }
    }
  }
}
