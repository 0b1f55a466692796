package id.kipp.evaluation.assignment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Outcome of {@link BalancedAssignment#assign}: either every entry has its jurors, or the reasons why not. */
public sealed interface AssignmentResult {

  /**
   * Jurors of every entry: entries in key order, each list holding exactly k distinct juror ids in the order the jurors
   * were given in the request. Unmodifiable.
   */
  record Assigned(Map<String, List<String>> jurorsByEntry) implements AssignmentResult {

    public Assigned {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      jurorsByEntry.forEach((entry, jurors) -> copy.put(entry, List.copyOf(jurors)));
      jurorsByEntry = Collections.unmodifiableMap(copy);
    }
  }

  /** Why no assignment is possible: one message per problem, in Bahasa Indonesia, for the secretariat to act on. */
  record Infeasible(List<String> reasons) implements AssignmentResult {

    public Infeasible {
      reasons = List.copyOf(reasons);
    }
  }
}
