package id.kipp.identity.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a deployed form lets its user submit: the variables it binds, each with its kind, label, choices and limits.
 * Read from the form itself ({@link CamundaFormSchema}, {@link EmbeddedFormSchema}), never configured by hand, so that
 * a form changed in Camunda Modeler changes what the server accepts.
 */
record DeclaredForm(String name, Map<String, Field> fields) {

  /** A task or start event without a form: nothing may be submitted. */
  static DeclaredForm none() {
    return new DeclaredForm("(tanpa formulir)", Map.of());
  }

  enum Kind {
    /** one line or several lines of text, or a date/time as text */
    TEXT,
    /** a whole or decimal number */
    NUMBER,
    /** a checkbox */
    BOOLEAN,
    /** one of the field's choices (radio, select) */
    CHOICE,
    /** several of the field's choices (checklist, tag list): a JSON list */
    CHOICES,
    /** a dynamic list: a JSON list of objects with the child fields */
    LIST,
    /** a group with a path: a JSON object with the child fields */
    GROUP,
    /** an uploaded file (embedded HTML forms only) */
    FILE
  }

  /**
   * One submittable field. {@code choices} are the fixed choices ({@code null}: any text, or the variable named by
   * {@code choicesVariable}); {@code maxLength} bounds texts.
   */
  record Field(String name, String label, Kind kind, List<String> choices, String choicesVariable, Integer maxLength,
      boolean readonly, Map<String, Field> children) {

    Field {
      children = children == null ? Map.of() : children;
    }

    static Field of(String name, String label, Kind kind) {
      return new Field(name, label, kind, null, null, null, false, Map.of());
    }

    String displayName() {
      return label == null || label.isBlank() ? name : label;
    }
  }

  /** Adds {@code field} under the dotted path {@code path} (a form-js key or group path may be "a.b"). */
  static void put(Map<String, Field> into, String path, Field field) {
    String[] segments = path.split("\\.");
    Map<String, Field> level = into;
    for (int i = 0; i < segments.length - 1; i++) {
      Field group = level.get(segments[i]);
      if (group == null || group.kind() != Kind.GROUP) {
        group = new Field(segments[i], segments[i], Kind.GROUP, null, null, null, false, new LinkedHashMap<>());
        level.put(segments[i], group);
      }
      level = group.children();
    }
    String last = segments[segments.length - 1];
    level.put(last, new Field(last, field.label(), field.kind(), field.choices(), field.choicesVariable(),
        field.maxLength(), field.readonly(), field.children()));
  }
}
