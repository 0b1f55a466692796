package id.kipp.evaluation.scoring;

import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Computes and records an entry's desk result from its jurors' evaluations (table {@code evaluation}): the totals
 * combined as DMN {@code aturan-penilaian} says (mean or median), the tie-break section's sub-score
 * (column {@code tieBreakSection} of the same table) and the disagreement findings, with the rules pinned by the edition of
 * {@code scope}.
 */
@Component
public class DeskScoring {

  private final EvaluationRepository evaluations;
  private final DeskResults results;

  public DeskScoring(EvaluationRepository evaluations, DeskResults results) {
    this.evaluations = evaluations;
    this.results = results;
  }

  /** Computes the entry's desk result, stores it (replacing an earlier one) and returns it as stored. */
  public DeskResult compute(String entryKey, String editionKey, DecisionService decisions, VariableScope scope) {
    List<JurorEvaluation> scored = evaluations.find(entryKey, JurorEvaluation.DESK);
    Rubric rubric = new RubricService(decisions).forScope(scope);
    ScoringRules rules = ScoringRules.forScope(decisions, scope);
    List<String> findings = Disagreement.find(scored, rubric, rules);
    String tieBreakSection = ScoringRules.tieBreakSection(decisions, scope);
    results.record(entryKey, editionKey, ScoreAggregation.total(rules.aggregation(), scored),
        ScoreAggregation.sectionScore(rules.aggregation(), rubric, tieBreakSection, scored), scored.size(),
        findings.isEmpty() ? null : String.join("; ", findings));
    return results.find(entryKey).orElseThrow();
  }
}
