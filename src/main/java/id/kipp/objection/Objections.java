package id.kipp.objection;

import id.kipp.shared.FormLines;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Objections and decisions as the secretariat types them, one per line: {@code MALANG-2019-0007: reason}. */
final class Objections {

  private static final Pattern LINE = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*(.+?)\\s*");

  private Objections() {}

  /** Entry key → text, refusing unknown keys and malformed lines. */
  static Map<String, String> parse(Object raw, List<String> allowedKeys, String example, List<String> problems) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (FormLines.Line line : FormLines.parse(raw, LINE, example, problems)) {
      if (!allowedKeys.contains(line.group(1))) {
        problems.add("Baris " + line.number() + ": " + line.group(1) + " bukan finalis yang diusulkan.");
      } else {
        lines.put(line.group(1), line.group(2));
      }
    }
    return lines;
  }

  static void throwIfAny(List<String> problems) {
    RuleViolation.throwIfAny(new ArrayList<>(problems));
  }
}
