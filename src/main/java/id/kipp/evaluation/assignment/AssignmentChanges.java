package id.kipp.evaluation.assignment;

import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secretariat's swaps in "Tinjau penugasan juri", one per line: {@code MALANG-2019-0007: juri2 > juri4}
 * (replace juri2 by juri4 on that entry; "->" works too). Applied to a copy of the proposal; the result must then pass
 * {@link BalancedAssignment#check}.
 */
public final class AssignmentChanges {

  private static final Pattern LINE = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*([^\\s>-]+)\\s*-?>\\s*([^\\s]+)\\s*");

  private AssignmentChanges() {}

  public static Map<String, List<String>> apply(Map<String, List<String>> proposal, String changes) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    proposal.forEach((entry, jurors) -> result.put(entry, new ArrayList<>(jurors)));
    if (changes == null || changes.isBlank()) {
      return result;
    }
    List<String> problems = new ArrayList<>();
    int number = 0;
    for (String line : changes.split("\\R")) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      Matcher matcher = LINE.matcher(line);
      if (!matcher.matches()) {
        problems.add("Baris " + number + " tidak dikenali: \"" + line.trim() + "\". Tulis seperti: MALANG-2019-0007: juri2 > juri4");
        continue;
      }
      String entry = matcher.group(1);
      String from = matcher.group(2);
      String to = matcher.group(3);
      List<String> jurors = result.get(entry);
      if (jurors == null) {
        problems.add("Baris " + number + ": inovasi " + entry + " tidak ada dalam usulan penugasan.");
      } else if (!jurors.contains(from)) {
        problems.add("Baris " + number + ": " + from + " tidak ditugaskan pada " + entry + ".");
      } else {
        jurors.set(jurors.indexOf(from), to);
      }
    }
    RuleViolation.throwIfAny(problems);
    return result;
  }
}
