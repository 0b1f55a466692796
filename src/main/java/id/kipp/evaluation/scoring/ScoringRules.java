package id.kipp.evaluation.scoring;

import id.kipp.shared.Vars;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;

/**
 * The DMN table {@code aturan-penilaian} ({@code processes/aturan-penilaian.dmn}): how jurors' scores are combined
 * (mean or median, optional per-juror normalisation), when jurors disagree too much, and an optional passing grade.
 */
public record ScoringRules(Aggregation aggregation, boolean normalise, double totalSpreadThreshold,
    double criterionSpreadThreshold, Double passingGrade) {

  public static final String DECISION_KEY = "aturan-penilaian";

  public static ScoringRules forEdition(DecisionService decisions, String editionKey) {
    Map<String, Object> row = decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Map.of("editionKey", editionKey == null ? "" : editionKey))
        .evaluate().getSingleResult().getEntryMap();
    Object aggregation = row.get("aggregation");
    Double total = Vars.decimal(row.get("totalSpreadThreshold"));
    Double criterion = Vars.decimal(row.get("criterionSpreadThreshold"));
    return new ScoringRules(
        Aggregation.valueOf(aggregation == null ? "MEAN" : aggregation.toString().trim().toUpperCase(Locale.ROOT)),
        Boolean.TRUE.equals(row.get("normalise")),
        total == null ? Double.MAX_VALUE : total,
        criterion == null ? Double.MAX_VALUE : criterion,
        Vars.decimal(row.get("passingGrade")));
  }
}
