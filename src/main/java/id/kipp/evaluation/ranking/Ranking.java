package id.kipp.evaluation.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks candidates per group: higher score first; on equal scores the higher tie-break score (the innovation
 * proposal's sub-score), then the earlier submission, then the entry key, so the order is always the same.
 * The top {@code quota} of each group are selected.
 */
public final class Ranking {

  public static final Comparator<Candidate> ORDER = Comparator
      .comparingDouble(Candidate::score).reversed()
      .thenComparing(Comparator.comparingDouble(Candidate::tieBreakScore).reversed())
      .thenComparing(Candidate::submittedAt)
      .thenComparing(Candidate::entryKey);

  private Ranking() {}

  /** Ranked candidates, grouped in the order the groups are given (unknown groups last), best first. */
  public static List<Ranked> rank(List<Candidate> candidates, List<String> groups, int quota) {
    return rank(candidates, groups, quota, null);
  }

  /** As {@link #rank(List, List, int)}; with a passing grade, a candidate scoring below it is never selected. */
  public static List<Ranked> rank(List<Candidate> candidates, List<String> groups, int quota, Double passingGrade) {
    return rank(candidates, groups, group -> quota, passingGrade);
  }

  /** Ranked candidates with a quota per group. */
  public static List<Ranked> rank(List<Candidate> candidates, List<String> groups,
      java.util.function.ToIntFunction<String> quotaOfGroup, Double passingGrade) {
    Map<String, List<Candidate>> byGroup = new LinkedHashMap<>();
    groups.forEach(group -> byGroup.put(group, new ArrayList<>()));
    for (Candidate candidate : candidates) {
      byGroup.computeIfAbsent(candidate.group(), group -> new ArrayList<>()).add(candidate);
    }
    List<Ranked> result = new ArrayList<>();
    for (Map.Entry<String, List<Candidate>> groupEntry : byGroup.entrySet()) {
      List<Candidate> group = groupEntry.getValue();
      int quota = quotaOfGroup.applyAsInt(groupEntry.getKey());
      group.sort(ORDER);
      for (int i = 0; i < group.size(); i++) {
        boolean passes = passingGrade == null || group.get(i).score() >= passingGrade;
        result.add(new Ranked(group.get(i), i + 1, i < quota && passes));
      }
    }
    return result;
  }
}
