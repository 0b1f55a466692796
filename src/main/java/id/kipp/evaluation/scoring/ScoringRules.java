package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The DMN table {@code aturan-penilaian} ({@code processes/aturan-penilaian.dmn}): how jurors' scores are combined
 * (mean or median, optional per-juror normalisation), when jurors disagree too much, and an optional passing grade.
 * The same table holds the tie-break order ({@link #tieBreakSection}), pinned per edition like the rest.
 */
public record ScoringRules(Aggregation aggregation, boolean normalise, double totalSpreadThreshold,
    double criterionSpreadThreshold, Double passingGrade) {

  public static final String DECISION_KEY = "aturan-penilaian";

  /** The tie-break section of a table version without the column {@code tieBreakSection} (before it moved here). */
  public static final String DEFAULT_TIE_BREAK_SECTION = "INNOVATION";

  public static ScoringRules forEdition(DecisionService decisions, String editionKey) {
    return forEdition(decisions, editionKey, null);
  }

  /** The rules pinned by the edition of this process scope ({@link RuleVersions}). */
  public static ScoringRules forScope(DecisionService decisions, VariableScope scope) {
    return forEdition(decisions, (String) scope.getVariable(EDITION_KEY), RuleVersions.pinned(scope, DECISION_KEY));
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

  /**
   * The rubric section whose sub-score decides between equal desk scores (then the earlier submission), as the
   * edition of this process scope pinned it: column {@code tieBreakSection} of the table.
   */
  public static String tieBreakSection(DecisionService decisions, VariableScope scope) {
    return tieBreakSection(decisions, (String) scope.getVariable(EDITION_KEY), RuleVersions.pinned(scope, DECISION_KEY));
  }

  /** The tie-break section of an edition from the given version of the table (null: the latest). */
  public static String tieBreakSection(DecisionService decisions, String editionKey, Integer version) {
    Object section = RuleVersions.settingsRow(decisions, DECISION_KEY, version, editionKey).get("tieBreakSection");
    return section == null || section.toString().isBlank() ? DEFAULT_TIE_BREAK_SECTION
        : section.toString().trim().toUpperCase(Locale.ROOT);
  }
}
