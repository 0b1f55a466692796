package id.kipp.identity.guard;

import id.kipp.identity.guard.DeclaredForm.Field;
import id.kipp.identity.guard.DeclaredForm.Kind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the submittable fields of an embedded HTML form: every {@code input}, {@code select} and {@code textarea}
 * bound with {@code cam-variable-name} (Tasklist's embedded forms submit exactly those), with the type of
 * {@code cam-variable-type} ({@code type="file"} inputs are files), the {@code maxlength} and the label of the
 * element's {@code <label for=...>}.
 */
final class EmbeddedFormSchema {

  private static final Pattern ELEMENT = Pattern.compile("<(input|select|textarea)\\b([^>]*)>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL = Pattern.compile("<label\\b[^>]*\\bfor=\"([^\"]+)\"[^>]*>(.*?)</label>",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private EmbeddedFormSchema() {}

  static DeclaredForm parse(String name, String html) {
    Map<String, String> labels = new LinkedHashMap<>();
    Matcher label = LABEL.matcher(html);
    while (label.find()) {
      labels.put(label.group(1), label.group(2).replaceAll("<[^>]*>", "").replace("*", "").strip());
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    Matcher element = ELEMENT.matcher(html);
    while (element.find()) {
      String attributes = element.group(2);
      String variable = attribute(attributes, "cam-variable-name");
      if (variable == null || !variable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        continue; // not bound, or bound by script at run time (e.g. a selector in the form's script)
      }
      String type = attribute(attributes, "cam-variable-type");
      String inputType = attribute(attributes, "type");
      Kind kind = "file".equalsIgnoreCase(inputType) || "File".equals(type) ? Kind.FILE
          : "Boolean".equals(type) || "checkbox".equalsIgnoreCase(inputType) ? Kind.BOOLEAN
          : "Long".equals(type) || "Integer".equals(type) || "Double".equals(type) || "Short".equals(type) ? Kind.NUMBER
          : Kind.TEXT;
      String maxLength = attribute(attributes, "maxlength");
      String id = attribute(attributes, "id");
      fields.put(variable, new Field(variable, id == null ? null : labels.get(id), kind, null, null,
          maxLength == null || !maxLength.matches("\\d+") ? null : Integer.valueOf(maxLength), false, Map.of()));
    }
    return new DeclaredForm(name, fields);
  }

  private static String attribute(String attributes, String name) {
    Matcher value = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "\\s*=\\s*\"([^\"]*)\"", Pattern.CASE_INSENSITIVE)
        .matcher(attributes);
    return value.find() ? value.group(1) : null;
  }
}
