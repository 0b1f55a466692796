package id.kipp.evaluation.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The jury assignment of one competition edition: the entries, the jurors (their order is the tie-break of the
 * assignment) and how many jurors each entry needs. Lists are copied; null lists and null elements are kept as they are
 * and reported by {@link BalancedAssignment}, never thrown.
 */
public record AssignmentRequest(List<EntryToAssign> entries, List<JurorProfile> jurors, int jurorsPerEntry) {

  public AssignmentRequest {
    entries = entries == null ? null : Collections.unmodifiableList(new ArrayList<>(entries));
    jurors = jurors == null ? null : Collections.unmodifiableList(new ArrayList<>(jurors));
  }
}
