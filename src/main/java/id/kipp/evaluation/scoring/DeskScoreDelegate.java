package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hitung nilai proposal": the entry's desk score combines its jurors' totals as DMN {@code aturan-penilaian} says
 * (mean by default, or median), and the entry is flagged when the jurors disagree beyond the table's thresholds. The
 * result is the entry's row of {@code desk_result} ({@link DeskResults}); the process variables of the same names are
 * copies for Cockpit and are never read back.
 */
@Component("deskScoreDelegate")
public class DeskScoreDelegate implements JavaDelegate {

  private final DeskScoring scoring;

  public DeskScoreDelegate(DeskScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeskResult result = scoring.compute(execution.getProcessBusinessKey(), (String) execution.getVariable(EDITION_KEY),
        execution.getProcessEngineServices().getDecisionService(), execution);
    execution.setVariable("deskScore", result.deskScore());
    execution.setVariable("innovationScore", result.innovationScore());
    execution.setVariable("deskJurorCount", (long) result.jurorCount());
    execution.setVariable("disagreement", result.disagreement());
    execution.setVariable("disagreementFindings", result.disagreementFindings());
  }
}
