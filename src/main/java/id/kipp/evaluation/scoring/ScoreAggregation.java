package id.kipp.evaluation.scoring;

import java.util.List;

/**
 * Combines the jurors' evaluations of one entry with the edition's {@link Aggregation} (mean or median): their totals,
 * and their sub-scores for one rubric section (used to break ties).
 */
public final class ScoreAggregation {

  private ScoreAggregation() {}

  public static double total(Aggregation method, List<JurorEvaluation> evaluations) {
    return method.of(evaluations.stream().map(JurorEvaluation::total).toList());
  }

  public static double sectionScore(Aggregation method, Rubric rubric, String section, List<JurorEvaluation> evaluations) {
    return method.of(evaluations.stream().map(evaluation -> rubric.sectionScore(section, evaluation.scores())).toList());
  }

  /** Mean of the jurors' totals, rounded to 4 decimals. */
  public static double meanTotal(List<JurorEvaluation> evaluations) {
    return total(Aggregation.MEAN, evaluations);
  }

  /** Mean over jurors of their score for one rubric section, rounded to 4 decimals. */
  public static double meanSectionScore(Rubric rubric, String section, List<JurorEvaluation> evaluations) {
    return sectionScore(Aggregation.MEAN, rubric, section, evaluations);
  }
}
