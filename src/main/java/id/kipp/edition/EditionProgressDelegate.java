package id.kipp.edition;

import id.kipp.shared.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Catat ...", for editions still running on a model deployed before the tally ({@link EditionTally}): an entry
 * reported that it finished a stage. Adds one to the edition counter named by the task's input parameter
 * {@code counter}; for screening also to {@code passedCounter} when the entry passed. The edition's conditional events
 * wait on these counters. Runs in the reporting entry's transaction, after its {@link EditionLock}. The current model
 * no longer calls it; it stays for the event sub-processes of those editions until they end.
 */
@Component("editionProgressDelegate")
public class EditionProgressDelegate implements JavaDelegate {

  /** Input parameters of the older models' "Catat ..." tasks (no current model has them). */
  static final String COUNTER = "counter";
  static final String PASSED_COUNTER = "passedCounter";

  @Override
  public void execute(DelegateExecution execution) {
    increment(execution, (String) execution.getVariableLocal(COUNTER));
    Object passedCounter = execution.getVariableLocal(PASSED_COUNTER);
    if (passedCounter != null && Vars.flag(execution.getVariable("screeningPassed"))) {
      increment(execution, passedCounter.toString());
    }
  }

  private static void increment(DelegateExecution execution, String counter) {
    if (counter == null || counter.isBlank()) {
      throw new IllegalStateException("Input parameter 'counter' is missing on " + execution.getCurrentActivityId());
    }
    DelegateExecution instance = execution.getProcessInstance();
    instance.setVariable(counter, Vars.whole(instance, counter, 0) + 1);
  }
}
