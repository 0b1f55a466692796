package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.ASSIGNED_COUNT;
import static id.kipp.evaluation.EvaluationVariables.BLIND_REVIEW;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.EVALUATION_DUE_AT;
import static id.kipp.evaluation.EvaluationVariables.JURORS;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tugaskan juri": releases the assignment the secretariat approved. Every entry gets its jurors and the evaluation
 * deadline; each juror then finds a "Nilai proposal inovasi" task in Tasklist. Each entry is released in a transaction
 * of its own ({@link EditionEntries#deliverEach}): 2,000 entries in this job's transaction did not commit within
 * minutes (docs/performance.md); a retry of this step releases only the entries still waiting.
 */
@Component("assignJurorsDelegate")
public class AssignJurorsDelegate implements JavaDelegate {

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    Map<String, List<String>> approved = (Map<String, List<String>>) execution.getVariable("approvedAssignment");
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    List<WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.JURORS_ASSIGNED);
    Date due = (Date) execution.getVariable(EVALUATION_DUE_AT);
    boolean blind = !Boolean.FALSE.equals(execution.getVariable(BLIND_REVIEW));
    for (WaitingEntry entry : waiting) {
      if (approved.get(entry.entryKey()) == null) {
        throw new IllegalStateException("Entry " + entry.entryKey() + " is missing from the approved assignment");
      }
    }
    EditionEntries.deliverEach(execution.getProcessEngine(), waiting, Processes.JURORS_ASSIGNED, entry -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(JURORS, Vars.jsonList(approved.get(entry.entryKey())));
      variables.put(EVALUATION_DUE_AT, due);
      variables.put(BLIND_REVIEW, blind);
      return variables;
    });
    execution.setVariable("assignments", Vars.jsonMap(approved));
    // every entry of the approved assignment: those released now and those an earlier attempt released
    execution.setVariable(ASSIGNED_COUNT, (long) approved.size());
  }
}
