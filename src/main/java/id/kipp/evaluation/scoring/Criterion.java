package id.kipp.evaluation.scoring;

/**
 * One row of the rubric DMN table: a criterion, its section (e.g. the innovation proposal) and their weights.
 * The form field holding a juror's score for it is {@code <code>Score}.
 */
public record Criterion(
    String code, String name, String section, String sectionName, double sectionWeight, double weight,
    double minScore, double maxScore) {

  public String variableName() {
    return code + "Score";
  }
}
