package id.kipp.evaluation.assignment;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A juror: id, the agencies they are affiliated with (conflict of interest with those agencies' entries; null means
 * none) and the most entries they may evaluate ({@code cap}; null means no limit). No validation here: bad data (blank
 * id, negative cap) is reported by {@link BalancedAssignment}, never thrown.
 */
public record JurorProfile(String jurorId, Set<String> affiliations, Integer cap) {

  public JurorProfile {
    affiliations = affiliations == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(affiliations));
  }
}
