package id.kipp.evaluation.assignment;

import id.kipp.shared.FormRows;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's swaps in "Tinjau penugasan juri": the rows of the dynamic list {@code assignmentSwaps}, each
 * {@code {entryKey, replacedJuror, newJuror}} (replace {@code replacedJuror} by {@code newJuror} on that entry). Each
 * row must name an entry of the proposal, a juror assigned to it, and another juror of the edition's jury; one row per
 * entry and juror. Applied to a copy of the proposal; the result must then pass {@link BalancedAssignment#check}.
 */
public final class AssignmentChanges {

  public static final String SWAPS = "assignmentSwaps";
  public static final String ENTRY_OPTIONS = "assignmentEntryOptions";
  public static final String JUROR_OPTIONS = "assignmentJurorOptions";
  static final String LABEL = "Perubahan penugasan";

  private AssignmentChanges() {}

  /** The proposal with the swaps applied; refuses ({@link RuleViolation}) every row that is wrong, naming it. */
  public static Map<String, List<String>> apply(Map<String, List<String>> proposal, Object swaps, List<String> jury) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    proposal.forEach((entry, jurors) -> result.put(entry, new ArrayList<>(jurors)));
    List<String> problems = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (FormRows.Row row : FormRows.read(swaps, LABEL, problems)) {
      String prefix = "Baris " + row.number() + " (" + LABEL + "): ";
      String entry = row.text("entryKey");
      String from = row.text("replacedJuror");
      String to = row.text("newJuror");
      if (entry == null || from == null || to == null) {
        problems.add(prefix + "pilih inovasi, juri yang diganti dan juri pengganti, atau hapus baris itu.");
        continue;
      }
      List<String> jurors = result.get(entry);
      if (jurors == null) {
        problems.add(prefix + "inovasi " + entry + " tidak ada dalam usulan penugasan edisi ini.");
      } else if (!jury.contains(to)) {
        problems.add(prefix + "juri pengganti " + to + " bukan juri edisi ini.");
      } else if (from.equals(to)) {
        problems.add(prefix + "juri yang diganti dan juri pengganti sama (" + to + ").");
      } else if (rowOf.containsKey(entry + " " + from)) {
        problems.add(prefix + from + " pada " + entry + " sudah diganti pada baris " + rowOf.get(entry + " " + from)
            + "; satu baris per juri yang diganti.");
      } else if (!jurors.contains(from)) {
        problems.add(prefix + from + " tidak ditugaskan pada " + entry + ".");
      } else {
        rowOf.put(entry + " " + from, row.number());
        jurors.set(jurors.indexOf(from), to);
      }
    }
    RuleViolation.throwIfAny(problems);
    return result;
  }
}
