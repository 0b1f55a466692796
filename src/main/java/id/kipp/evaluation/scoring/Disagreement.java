package id.kipp.evaluation.scoring;

import id.kipp.shared.Bahasa;
import java.util.ArrayList;
import java.util.List;

/**
 * Jurors disagree on an entry when the spread (highest minus lowest) of their totals, or of their scores for one
 * criterion, exceeds the thresholds of {@link ScoringRules}. The findings are phrased for the secretariat.
 */
public final class Disagreement {

  private Disagreement() {}

  public static List<String> find(List<JurorEvaluation> evaluations, Rubric rubric, ScoringRules rules) {
    List<String> findings = new ArrayList<>();
    if (evaluations.size() < 2) {
      return findings;
    }
    double totalSpread = spread(evaluations.stream().map(JurorEvaluation::total).toList());
    if (totalSpread > rules.totalSpreadThreshold()) {
      findings.add("selisih nilai total antarjuri " + Bahasa.score(totalSpread) + " (batas "
          + Bahasa.score(rules.totalSpreadThreshold()) + ")");
    }
    for (Criterion criterion : rubric.criteria()) {
      List<Double> scores = evaluations.stream().map(e -> e.scores().get(criterion.code()))
          .filter(score -> score != null).toList();
      double criterionSpread = scores.size() < 2 ? 0 : spread(scores);
      if (criterionSpread > rules.criterionSpreadThreshold()) {
        findings.add("kriteria " + criterion.name() + ": selisih " + Bahasa.score(criterionSpread) + " (batas "
            + Bahasa.score(rules.criterionSpreadThreshold()) + ")");
      }
    }
    return findings;
  }

  private static double spread(List<Double> values) {
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    return Rubric.round(max - min);
  }
}
