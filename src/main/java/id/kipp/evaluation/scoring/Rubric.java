package id.kipp.evaluation.scoring;

import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The scoring rubric of an edition (from the DMN table {@code rubrik-penilaian}). A juror's total is the weighted mean
 * over sections of each section's weighted mean over its criteria: with the seeds' rubric, 75% innovation proposal
 * and 25% performance proposal, five equally weighted criteria each.
 */
public final class Rubric {

  private final List<Criterion> criteria;
  private final Map<String, Double> sectionWeights = new LinkedHashMap<>();

  public Rubric(List<Criterion> criteria) {
    if (criteria.isEmpty()) {
      throw new IllegalStateException("The rubric has no criteria");
    }
    this.criteria = List.copyOf(criteria);
    for (Criterion criterion : criteria) {
      if (criterion.weight() <= 0 || criterion.sectionWeight() <= 0 || criterion.maxScore() <= criterion.minScore()) {
        throw new IllegalStateException("Rubric criterion " + criterion.code() + " needs positive weights and a scale");
      }
      Double known = sectionWeights.putIfAbsent(criterion.section(), criterion.sectionWeight());
      if (known != null && known != criterion.sectionWeight()) {
        throw new IllegalStateException("Rubric section " + criterion.section() + " has two different weights");
      }
    }
  }

  public List<Criterion> criteria() {
    return criteria;
  }

  public List<String> sections() {
    return List.copyOf(sectionWeights.keySet());
  }

  /**
   * Reads a juror's submitted scores ({@code <code>Score} variables), refusing missing, non-whole or out-of-scale
   * values with one message listing every problem.
   */
  public Map<String, Double> readScores(Function<String, Object> variables) {
    Map<String, Double> scores = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Criterion criterion : criteria) {
      Object raw = variables.apply(criterion.variableName());
      Long value = Vars.whole(raw);
      if (raw == null || raw.toString().isBlank()) {
        problems.add("Nilai \"" + criterion.name() + "\" wajib diisi.");
      } else if (value == null || value < criterion.minScore() || value > criterion.maxScore()) {
        problems.add("Nilai \"" + criterion.name() + "\" harus bilangan bulat " + fmt(criterion.minScore()) + " sampai "
            + fmt(criterion.maxScore()) + ".");
      } else {
        scores.put(criterion.code(), value.doubleValue());
      }
    }
    RuleViolation.throwIfAny(problems);
    return scores;
  }

  /** Weighted mean of one section's criteria, on the criteria's scale. */
  public double sectionScore(String section, Map<String, Double> scores) {
    double weighted = 0;
    double weights = 0;
    for (Criterion criterion : criteria) {
      if (criterion.section().equals(section)) {
        weighted += criterion.weight() * scores.get(criterion.code());
        weights += criterion.weight();
      }
    }
    if (weights == 0) {
      throw new IllegalStateException("Unknown rubric section " + section);
    }
    return weighted / weights;
  }

  /** The juror's total: weighted mean of the section scores, rounded to 4 decimals. */
  public double total(Map<String, Double> scores) {
    double weighted = 0;
    double weights = 0;
    for (Map.Entry<String, Double> section : sectionWeights.entrySet()) {
      weighted += section.getValue() * sectionScore(section.getKey(), scores);
      weights += section.getValue();
    }
    return round(weighted / weights);
  }

  public static double round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
