package id.kipp.evaluation.scoring;

import id.kipp.shared.KippProperties;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Hitung nilai proposal": the entry's desk score is the mean of its jurors' totals. */
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
    Rubric rubric = new RubricService(execution.getProcessEngineServices().getDecisionService()).forEdition(editionKey);
    execution.setVariable("deskScore", ScoreAggregation.meanTotal(evaluations));
    execution.setVariable("innovationScore", ScoreAggregation.meanSectionScore(rubric, tieBreakSection, evaluations));
    execution.setVariable("deskJurorCount", (long) evaluations.size());
  }
}
