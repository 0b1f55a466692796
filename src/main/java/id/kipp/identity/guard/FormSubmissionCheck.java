package id.kipp.identity.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.identity.guard.DeclaredForm.Field;
import id.kipp.identity.guard.DeclaredForm.Kind;
import id.kipp.shared.TextHygiene;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Checks what a non-administrator submits against the deployed form: only the form's fields, each with the form's type,
 * one of its choices, text within its length and without markup or control characters. What a value means (a score's
 * range, a date's order) is checked by the rule that reads it, as before. Every problem is named in
 * Bahasa Indonesia with the field's label; the caller refuses the whole submission when there is one.
 */
final class FormSubmissionCheck {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final int maxTextLength;

  FormSubmissionCheck(int maxTextLength) {
    this.maxTextLength = maxTextLength;
  }

  /**
   * The problems of {@code submitted} for {@code form}; {@code current} reads a variable as the task (or start event)
   * sees it, for read-only fields and choices taken from a variable.
   */
  List<String> check(DeclaredForm form, Map<String, TypedValue> submitted, Function<String, Object> current) {
    List<String> problems = new ArrayList<>();
    submitted.forEach((name, value) -> {
      Field field = form.fields().get(name);
      if (field == null) {
        problems.add("Isian \"" + name + "\" tidak ada pada formulir ini, sehingga tidak dapat dikirim.");
        return;
      }
      checkTyped(field, value, current, problems);
    });
    return problems;
  }

  private void checkTyped(Field field, TypedValue typed, Function<String, Object> current, List<String> problems) {
    String label = "\"" + field.displayName() + "\"";
    if (typed == null || !(typed instanceof SerializableValue) && typed.getValue() == null) {
      return; // an emptied field (serialized values are not deserialized here: see json(...))
    }
    String type = typed.getType() == null ? null : typed.getType().getName();
    if ("object".equals(type) || "bytes".equals(type) || "xml".equals(type)) {
      problems.add("Isian " + label + " dikirim dengan jenis data yang tidak diizinkan.");
      return;
    }
    if (field.kind() == Kind.FILE) {
      if (!(typed instanceof FileValue file)) {
        problems.add("Isian " + label + " harus berupa berkas yang diunggah.");
      } else {
        TextHygiene.problem("Nama berkas " + label, file.getFilename(), 255).ifPresent(problems::add);
      }
      return;
    }
    if (typed instanceof FileValue) {
      problems.add("Isian " + label + " bukan isian berkas; berkas tidak dapat dikirim di sini.");
      return;
    }
    if (field.kind() == Kind.LIST || field.kind() == Kind.GROUP || field.kind() == Kind.CHOICES) {
      JsonNode json = json(typed);
      if (json == null) {
        problems.add("Isian " + label + " harus dikirim sebagai data JSON dari formulir.");
      } else {
        checkJson(field, json, current, problems);
      }
      return;
    }
    if ("json".equals(type)) {
      problems.add("Isian " + label + " harus berupa satu nilai, bukan data JSON.");
      return;
    }
    if (field.readonly() && !sameValue(typed.getValue(), current.apply(field.name()))) {
      problems.add("Isian " + label + " hanya dapat dibaca dan tidak boleh diubah.");
      return;
    }
    checkValue(field, typed.getValue(), current, problems);
  }

  private void checkValue(Field field, Object value, Function<String, Object> current, List<String> problems) {
    String label = "\"" + field.displayName() + "\"";
    switch (field.kind()) {
      case TEXT, CHOICE -> {
        if (!(value instanceof String text)) {
          problems.add("Isian " + label + " harus berupa teks.");
          return;
        }
        int limit = field.maxLength() == null ? maxTextLength : Math.min(field.maxLength(), maxTextLength);
        TextHygiene.problem("Isian " + label, text, limit).ifPresent(problems::add);
        if (field.kind() == Kind.CHOICE && !text.isEmpty()) {
          Collection<String> choices = choices(field, current);
          if (choices != null && !choices.contains(text)) {
            problems.add("Pilihan \"" + shorten(text) + "\" untuk " + label + " tidak tersedia pada formulir.");
          }
        }
      }
      case NUMBER -> {
        // the number's range is checked by the rule that reads the field, with its own message
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
          problems.add("Isian " + label + " harus berupa angka.");
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          problems.add("Isian " + label + " harus berupa pilihan ya atau tidak.");
        }
      }
      default -> problems.add("Isian " + label + " tidak dapat dikirim dengan cara ini.");
    }
  }

  private void checkJson(Field field, JsonNode json, Function<String, Object> current, List<String> problems) {
    String label = "\"" + field.displayName() + "\"";
    switch (field.kind()) {
      case CHOICES -> {
        if (!json.isArray()) {
          problems.add("Isian " + label + " harus berupa daftar pilihan.");
          return;
        }
        Collection<String> choices = choices(field, current);
        for (JsonNode item : json) {
          if (!item.isTextual()) {
            problems.add("Isian " + label + " harus berupa daftar pilihan.");
          } else if (choices != null && !choices.contains(item.asText())) {
            problems.add("Pilihan \"" + shorten(item.asText()) + "\" untuk " + label + " tidak tersedia pada formulir.");
          } else {
            TextHygiene.problem("Isian " + label, item.asText(), maxTextLength).ifPresent(problems::add);
          }
        }
      }
      case LIST -> {
        if (!json.isArray()) {
          problems.add("Isian " + label + " harus berupa daftar.");
          return;
        }
        int number = 0;
        for (JsonNode row : json) {
          List<String> rowProblems = new ArrayList<>();
          checkObject(field, row, current, rowProblems);
          String prefix = "Baris " + ++number + " pada " + label + ": ";
          rowProblems.forEach(problem -> problems.add(prefix + problem));
        }
      }
      case GROUP -> checkObject(field, json, current, problems);
      default -> checkScalar(field, json, current, problems);
    }
  }

  private void checkObject(Field field, JsonNode object, Function<String, Object> current, List<String> problems) {
    if (!object.isObject()) {
      problems.add("Isian \"" + field.displayName() + "\" harus berisi baris dengan kolom formulir.");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      Field child = field.children().get(entry.getKey());
      if (child == null) {
        problems.add("Kolom \"" + entry.getKey() + "\" pada isian \"" + field.displayName()
            + "\" tidak ada pada formulir ini, sehingga tidak dapat dikirim.");
      } else if (!entry.getValue().isNull()) {
        checkJson(child, entry.getValue(), current, problems);
      }
    }
  }

  private void checkScalar(Field field, JsonNode node, Function<String, Object> current, List<String> problems) {
    Object value = node.isTextual() ? node.asText() : node.isBoolean() ? (Object) node.asBoolean()
        : node.isNumber() ? (Object) node.numberValue() : node;
    if (field.kind() == Kind.FILE) {
      problems.add("Isian \"" + field.displayName() + "\" tidak dapat dikirim dengan cara ini.");
    } else {
      checkValue(field, value, current, problems);
    }
  }

  /** The field's choices: fixed in the form, or read from the variable the form takes them from; null: any. */
  private static Collection<String> choices(Field field, Function<String, Object> current) {
    if (field.choices() != null) {
      return field.choices();
    }
    if (field.choicesVariable() == null) {
      return null;
    }
    Object options = current.apply(field.choicesVariable());
    JsonNode list = options == null ? null : JSON.valueToTree(options instanceof String text ? parse(text) : options);
    List<String> values = new ArrayList<>();
    if (list != null && list.isArray()) {
      for (JsonNode option : list) {
        values.add(option.isObject() ? option.path("value").asText() : option.asText());
      }
    }
    return values;
  }

  private static JsonNode json(TypedValue typed) {
    if (!"json".equals(typed.getType() == null ? null : typed.getType().getName())) {
      return null;
    }
    Object serialized = typed instanceof SerializableValue serializable ? serializable.getValueSerialized() : null;
    Object text = serialized != null ? serialized : typed.getValue() == null ? null : typed.getValue().toString();
    return text == null ? null : parse(text.toString());
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean sameValue(Object submitted, Object current) {
    if (submitted instanceof String text && text.isEmpty() && current == null) {
      return true;
    }
    if (submitted instanceof Number a && current instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    return Objects.equals(submitted, current);
  }

  private static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }
}
