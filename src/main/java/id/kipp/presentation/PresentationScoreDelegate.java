package id.kipp.presentation;

import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.evaluation.scoring.ScoreAggregation;
import id.kipp.evaluation.scoring.ScoringRules;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hitung nilai presentasi": the finalist's presentation score combines its jurors' scores (mean or median, DMN). */
@Component("presentationScoreDelegate")
public class PresentationScoreDelegate implements JavaDelegate {

  private final EvaluationRepository repository;

  public PresentationScoreDelegate(EvaluationRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var evaluations = repository.find(execution.getProcessBusinessKey(), JurorEvaluation.PRESENTATION);
    ScoringRules rules = ScoringRules.forScope(execution.getProcessEngineServices().getDecisionService(), execution);
    execution.setVariable("presentationScore", ScoreAggregation.total(rules.aggregation(), evaluations));
    execution.setVariable("presentationJurorCount", (long) evaluations.size());
  }
}
