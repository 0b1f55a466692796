package id.kipp.evaluation.assignment;

import id.kipp.shared.FormLines;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    List<String> problems = new ArrayList<>();
    for (FormLines.Line line : FormLines.parse(changes, LINE, "MALANG-2019-0007: juri2 > juri4", problems)) {
      String entry = line.group(1);
      String from = line.group(2);
      String to = line.group(3);
      List<String> jurors = result.get(entry);
      if (jurors == null) {
        problems.add("Baris " + line.number() + ": inovasi " + entry + " tidak ada dalam usulan penugasan.");
      } else if (!jurors.contains(from)) {
        problems.add("Baris " + line.number() + ": " + from + " tidak ditugaskan pada " + entry + ".");
      } else {
        jurors.set(jurors.indexOf(from), to);
      }
    }
    RuleViolation.throwIfAny(problems);
    return result;
  }
}
