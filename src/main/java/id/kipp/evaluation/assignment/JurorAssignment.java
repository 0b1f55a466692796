package id.kipp.evaluation.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns k jurors to every entry, balancing the load: each entry, in key order, gets the k jurors with the fewest
 * entries so far (ties: the juror's position in the list). Loads then differ by at most one, and the same input
 * always gives the same assignment.
 */
public final class JurorAssignment {

  private JurorAssignment() {}

  public static Map<String, List<String>> assign(List<String> entryKeys, List<String> jurors, int jurorsPerEntry) {
    if (jurorsPerEntry < 1 || jurorsPerEntry > jurors.size()) {
      throw new IllegalArgumentException("Need between 1 and " + jurors.size() + " jurors per entry, got " + jurorsPerEntry);
    }
    int[] load = new int[jurors.size()];
    Map<String, List<String>> assignment = new LinkedHashMap<>();
    for (String entryKey : entryKeys.stream().sorted().toList()) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < jurors.size(); i++) {
        order.add(i);
      }
      order.sort(Comparator.<Integer>comparingInt(i -> load[i]).thenComparingInt(i -> i));
      List<String> chosen = new ArrayList<>();
      for (int i : order.subList(0, jurorsPerEntry)) {
        chosen.add(jurors.get(i));
        load[i]++;
      }
      assignment.put(entryKey, List.copyOf(chosen));
    }
    return assignment;
  }
}
