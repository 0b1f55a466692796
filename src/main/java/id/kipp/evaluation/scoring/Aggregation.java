package id.kipp.evaluation.scoring;

import java.util.List;

/** How several jurors' scores for one entry become one score. */
public enum Aggregation {
  MEAN, MEDIAN;

  /** The mean or the median of the values, rounded to 4 decimals. */
  public double of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalStateException("No juror evaluation recorded");
    }
    if (this == MEAN) {
      return Rubric.round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int middle = sorted.length / 2;
    return Rubric.round(sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2);
  }
}
