package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The DMN table {@code nilai-akhir} ({@code processes/nilai-akhir.dmn}): weights of the desk and presentation scores
 * in a finalist's final score (default 70/30) and the presentation score's scale (default 0-100).
 */
public record FinalScoreRules(double deskWeight, double presentationWeight, double presentationMin, double presentationMax) {

  public static final String DECISION_KEY = "nilai-akhir";

  public FinalScoreRules {
    if (deskWeight < 0 || presentationWeight < 0 || deskWeight + presentationWeight <= 0) {
      throw new IllegalStateException("DMN nilai-akhir: weights must be non-negative and not both zero");
    }
    if (presentationMax <= presentationMin) {
      throw new IllegalStateException("DMN nilai-akhir: presentation scale is empty");
    }
  }

  public static FinalScoreRules forEdition(DecisionService decisions, String editionKey) {
    return forEdition(decisions, editionKey, null);
  }

  /** The rules pinned by the edition of this process scope ({@link RuleVersions}). */
  public static FinalScoreRules forScope(DecisionService decisions, VariableScope scope) {
    return forEdition(decisions, (String) scope.getVariable(EDITION_KEY), RuleVersions.pinned(scope, DECISION_KEY));
  }

  /** The rules of an edition from the given version of the table (null: the latest). */
  public static FinalScoreRules forEdition(DecisionService decisions, String editionKey, Integer version) {
    Map<String, Object> row = RuleVersions.settingsRow(decisions, DECISION_KEY, version, editionKey);
    return new FinalScoreRules(Vars.decimal(row.get("deskWeight")), Vars.decimal(row.get("presentationWeight")),
        Vars.decimal(row.get("presentationMinScore")), Vars.decimal(row.get("presentationMaxScore")));
  }

  /** Weighted mean of the two scores, rounded to 4 decimals. */
  public double finalScore(double deskScore, double presentationScore) {
    return Rubric.round((deskWeight * deskScore + presentationWeight * presentationScore) / (deskWeight + presentationWeight));
  }

  /**
   * The final score of a finalist that may have no presentation score: an edition whose entry process has no
   * presentation stage (removed in Camunda Modeler) ranks its finalists on the desk score alone.
   */
  public double finalScore(double deskScore, Double presentationScore) {
    return presentationScore == null ? Rubric.round(deskScore) : finalScore(deskScore, presentationScore.doubleValue());
  }
}
