package id.kipp.evaluation.scoring;

import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The DMN table {@code aturan-penilaian} ({@code processes/aturan-penilaian.dmn}): how jurors' scores are combined
 * (mean or median, optional per-juror normalisation), when jurors disagree too much, and an optional passing grade.
 */
public record ScoringRules(Aggregation aggregation, boolean normalise, double totalSpreadThreshold,
    double criterionSpreadThreshold, Double passingGrade) {

  public static final String DECISION_KEY = "aturan-penilaian";

  public static ScoringRules forEdition(DecisionService decisions, String editionKey) {
    return forEdition(decisions, editionKey, null);
  }

  /** The rules pinned by the edition of this process scope ({@link RuleVersions}). */
  public static ScoringRules forScope(DecisionService decisions, VariableScope scope) {
    return forEdition(decisions, (String) scope.getVariable("editionKey"), RuleVersions.pinned(scope, DECISION_KEY));
  }

  /** The rules of an edition from the given version of the table (null: the latest). */
  public static ScoringRules forEdition(DecisionService decisions, String editionKey, Integer version) {
    Map<String, Object> row = RuleVersions.settingsRow(decisions, DECISION_KEY, version, editionKey);
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
