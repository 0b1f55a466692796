package id.kipp.evaluation.scoring;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Per-juror z-score normalisation: a strict juror's 70 and a lenient juror's 90 may mean the same. Each juror's totals
 * become z-scores against that juror's own mean and standard deviation, then are rescaled to the spread of all totals
 * of the edition (mean + z × standard deviation of every total) and kept within the rubric scale. A juror with fewer
 * than two evaluations, or who gave every entry the same total, keeps the raw totals.
 */
public final class Normalisation {

  private Normalisation() {}

  /** Normalised total of every evaluation: entry key → juror → normalised total (4 decimals). */
  public static Map<String, Map<String, Double>> normalise(List<JurorEvaluation> evaluations, double min, double max) {
    Map<String, Map<String, Double>> result = new LinkedHashMap<>();
    if (evaluations.isEmpty()) {
      return result;
    }
    double[] all = evaluations.stream().mapToDouble(JurorEvaluation::total).toArray();
    double allMean = mean(all);
    double allDeviation = deviation(all, allMean);
    Map<String, double[]> byJuror = evaluations.stream().collect(Collectors.groupingBy(JurorEvaluation::jurorId,
        Collectors.collectingAndThen(Collectors.toList(), list -> list.stream().mapToDouble(JurorEvaluation::total).toArray())));
    Map<String, double[]> stats = new HashMap<>();
    byJuror.forEach((juror, totals) -> {
      double mean = mean(totals);
      stats.put(juror, new double[] {mean, deviation(totals, mean), totals.length});
    });
    for (JurorEvaluation evaluation : evaluations) {
      double[] juror = stats.get(evaluation.jurorId());
      double value = evaluation.total();
      if (juror[2] >= 2 && juror[1] > 0) {
        double z = (evaluation.total() - juror[0]) / juror[1];
        value = Math.max(min, Math.min(max, allMean + z * allDeviation));
      }
      result.computeIfAbsent(evaluation.entryKey(), key -> new LinkedHashMap<>())
          .put(evaluation.jurorId(), Rubric.round(value));
    }
    return result;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum / values.length;
  }

  /** Population standard deviation. */
  private static double deviation(double[] values, double mean) {
    double squares = 0;
    for (double value : values) {
      squares += (value - mean) * (value - mean);
    }
    return Math.sqrt(squares / values.length);
  }
}
