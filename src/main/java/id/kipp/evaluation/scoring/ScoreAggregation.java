package id.kipp.evaluation.scoring;

import java.util.List;

/** Combines the jurors' evaluations of one entry: the mean of their totals and of one section's sub-scores. */
public final class ScoreAggregation {

  private ScoreAggregation() {}

  /** Mean of the jurors' totals, rounded to 4 decimals. */
  public static double meanTotal(List<JurorEvaluation> evaluations) {
    requireSome(evaluations);
    return Rubric.round(evaluations.stream().mapToDouble(JurorEvaluation::total).average().orElseThrow());
  }

  /** Mean over jurors of their score for one rubric section, rounded to 4 decimals (used to break ties). */
  public static double meanSectionScore(Rubric rubric, String section, List<JurorEvaluation> evaluations) {
    requireSome(evaluations);
    return Rubric.round(evaluations.stream()
        .mapToDouble(evaluation -> rubric.sectionScore(section, evaluation.scores())).average().orElseThrow());
  }

  private static void requireSome(List<JurorEvaluation> evaluations) {
    if (evaluations.isEmpty()) {
      throw new IllegalStateException("No juror evaluation recorded");
    }
  }
}
