package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.EDITION_KEY;

import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.evaluation.scoring.ScoreAggregation;
import id.kipp.evaluation.scoring.ScoringRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Computes and records a finalist's presentation score from its jurors' evaluations (table {@code evaluation}, stage
 * PRESENTATION), combined as DMN {@code aturan-penilaian} says for the edition of the scope; and reads the scores of
 * an edition's finalists for the final ranking.
 */
@Component
public class PresentationScoring {

  private final EvaluationRepository evaluations;
  private final PresentationResults results;

  public PresentationScoring(EvaluationRepository evaluations, PresentationResults results) {
    this.evaluations = evaluations;
    this.results = results;
  }

  /** A finalist's presentation score and how many jurors gave it. */
  public record Scored(double score, int jurorCount) {}

  /** Computes and stores the entry's presentation score; null (nothing stored) when no juror scored it. */
  public Scored compute(String entryKey, String editionKey, DelegateExecution scope) {
    List<JurorEvaluation> scored = evaluations.find(entryKey, JurorEvaluation.PRESENTATION);
    if (scored.isEmpty()) {
      return null;
    }
    ScoringRules rules = ScoringRules.forScope(scope.getProcessEngineServices().getDecisionService(), scope);
    double score = ScoreAggregation.total(rules.aggregation(), scored);
    results.record(entryKey, editionKey, score, scored.size());
    return new Scored(score, scored.size());
  }

  /**
   * The presentation scores of these finalists of the edition of {@code edition}, by entry key: as recorded by
   * "Hitung nilai presentasi"; for a finalist scored before table {@code presentation_result} existed (an edition
   * running across the upgrade), computed from its jurors' evaluations and recorded; null without a presentation.
   */
  public Map<String, Double> ofFinalists(DelegateExecution edition, List<String> entryKeys) {
    String editionKey = (String) edition.getVariable(EDITION_KEY);
    Map<String, Double> stored = results.ofEdition(editionKey);
    Map<String, Double> scores = new LinkedHashMap<>();
    for (String entryKey : entryKeys) {
      if (stored.containsKey(entryKey)) {
        scores.put(entryKey, stored.get(entryKey));
      } else {
        Scored scored = compute(entryKey, editionKey, edition);
        scores.put(entryKey, scored == null ? null : scored.score());
      }
    }
    return scores;
  }
}
