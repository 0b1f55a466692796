package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.EDITION_KEY;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Hitung nilai presentasi": the finalist's presentation score combines its jurors' scores (mean or median, DMN),
 * recorded in table {@code presentation_result} ({@link PresentationResults}); the process variables
 * {@code presentationScore} and {@code presentationJurorCount} are copies for Cockpit, never read back.
 */
@Component("presentationScoreDelegate")
public class PresentationScoreDelegate implements JavaDelegate {

  private final PresentationScoring scoring;

  public PresentationScoreDelegate(PresentationScoring scoring) {
    this.scoring = scoring;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PresentationScoring.Scored scored = scoring.compute(execution.getProcessBusinessKey(),
        (String) execution.getVariable(EDITION_KEY), execution);
    if (scored == null) {
      throw new IllegalStateException("No juror evaluation recorded");
    }
    execution.setVariable("presentationScore", scored.score());
    execution.setVariable("presentationJurorCount", (long) scored.jurorCount());
  }
}
