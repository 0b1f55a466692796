package id.kipp.presentation;

import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.evaluation.scoring.ScoreAggregation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hitung nilai presentasi": the finalist's presentation score is the mean of its jurors' scores. */
@Component("presentationScoreDelegate")
public class PresentationScoreDelegate implements JavaDelegate {

  private final EvaluationRepository repository;

  public PresentationScoreDelegate(EvaluationRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var evaluations = repository.find(execution.getProcessBusinessKey(), JurorEvaluation.PRESENTATION);
    execution.setVariable("presentationScore", ScoreAggregation.meanTotal(evaluations));
    execution.setVariable("presentationJurorCount", (long) evaluations.size());
  }
}
