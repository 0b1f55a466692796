package id.kipp.identity.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.identity.guard.DeclaredForm.Field;
import id.kipp.identity.guard.DeclaredForm.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the submittable fields of a Camunda Form (form-js JSON, schemaVersion 16 as Tasklist 7.24 renders it). A keyed
 * component becomes a field, unless it is disabled (form-js does not submit disabled fields); a group without a path
 * only lays fields out, a group with a path is an object, a dynamic list a list of objects. Components that show
 * something (text, table, image, ...) submit nothing.
 */
final class CamundaFormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

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

}
