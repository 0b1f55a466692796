package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the rubric from the DMN table {@code rubrik-penilaian} ({@code processes/rubrik-penilaian.dmn}). Organisers
 * change criteria, weights and scales there, in Camunda Modeler; rows can be limited to one edition by its key.
 */
public final class RubricService {

  public static final String DECISION_KEY = "rubrik-penilaian";

  private final DecisionService decisionService;

  public RubricService(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Rubric forEdition(String editionKey) {
    return forEdition(editionKey, null);
  }

  /**
   * The rubric of an edition from the given version of the table (null: the latest); a pinned version is read once
   * ({@link RuleVersions#settingsRows}).
   */
  public Rubric forEdition(String editionKey, Integer version) {
    return new Rubric(RuleVersions.settingsRows(decisionService, DECISION_KEY, version, editionKey).stream()
        .map(RubricService::criterion).toList());
  }

  /** The rubric pinned by the edition of this process scope ({@link RuleVersions}). */
  public Rubric forScope(VariableScope scope) {
    return forEdition((String) scope.getVariable(EDITION_KEY), RuleVersions.pinned(scope, DECISION_KEY));
  }

  private static Criterion criterion(Map<String, Object> row) {
    return new Criterion(
        (String) row.get("criterion"), (String) row.get("criterionName"),
        (String) row.get("section"), (String) row.get("sectionName"),
        number(row, "sectionWeight"), number(row, "criterionWeight"),
        number(row, "minScore"), number(row, "maxScore"));
  }

  private static double number(Map<String, Object> row, String column) {
    Double value = Vars.decimal(row.get(column));
    if (value == null) {
      throw new IllegalStateException("Rubric DMN row " + row.get("criterion") + " has no value in column " + column);
    }
    return value;
  }
}
