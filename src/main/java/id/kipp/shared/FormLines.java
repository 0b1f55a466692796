package id.kipp.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Instructions typed one per line in a form's text area: the objections of the public objection stage. (The
 * secretariat's swaps, consensus scores and slot moves are rows of dynamic lists instead: {@link FormRows}.) Blank lines are skipped; a line that does not match is reported with its number and an
 * example, in Bahasa Indonesia.
 */
public final class FormLines {

  /** A matching line and its number (1-based) in the text area. */
  public record Line(int number, Matcher match) {

    public String group(int group) {
      return match.group(group);
    }
  }

  private FormLines() {}

  public static List<Line> parse(Object text, Pattern pattern, String example, List<String> problems) {
    List<Line> lines = new ArrayList<>();
    if (text == null || text.toString().isBlank()) {
      return lines;
    }
    int number = 0;
    for (String line : text.toString().split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher matcher = pattern.matcher(line);
      if (matcher.matches()) {
        lines.add(new Line(number, matcher));
      } else {
        problems.add("Baris " + number + " tidak dikenali: \"" + line.trim() + "\". Tulis seperti: " + example);
      }
    }
    return lines;
  }
}
