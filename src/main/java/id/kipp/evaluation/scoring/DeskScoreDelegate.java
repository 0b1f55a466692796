package id.kipp.evaluation.scoring;

import id.kipp.shared.KippProperties;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hitung nilai proposal": the entry's desk score combines its jurors' totals as DMN {@code aturan-penilaian} says
 * (mean by default, or median), and the entry is flagged when the jurors disagree beyond the table's thresholds.
 */
@Component("deskScoreDelegate")
public class DeskScoreDelegate implements JavaDelegate {

  private final EvaluationRepository repository;
  private final String tieBreakSection;

  public DeskScoreDelegate(EvaluationRepository repository, KippProperties properties) {
    this.repository = repository;
    this.tieBreakSection = properties.ranking().tieBreakSection();
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    List<JurorEvaluation> evaluations = repository.find(execution.getProcessBusinessKey(), JurorEvaluation.DESK);
    var decisions = execution.getProcessEngineServices().getDecisionService();
    Rubric rubric = new RubricService(decisions).forScope(execution);
    ScoringRules rules = ScoringRules.forScope(decisions, execution);
    execution.setVariable("deskScore", ScoreAggregation.total(rules.aggregation(), evaluations));
    execution.setVariable("innovationScore",
        ScoreAggregation.sectionScore(rules.aggregation(), rubric, tieBreakSection, evaluations));
    execution.setVariable("deskJurorCount", (long) evaluations.size());
    List<String> findings = Disagreement.find(evaluations, rubric, rules);
    execution.setVariable("disagreement", !findings.isEmpty());
    execution.setVariable("disagreementFindings", findings.isEmpty() ? null : String.join("; ", findings));
  }
}
