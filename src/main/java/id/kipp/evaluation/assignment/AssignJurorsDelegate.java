package id.kipp.evaluation.assignment;

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
 * deadline; each juror then finds a "Nilai proposal inovasi" task in Tasklist.
 */
@Component("assignJurorsDelegate")
public class AssignJurorsDelegate implements JavaDelegate {

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    Map<String, List<String>> approved = (Map<String, List<String>>) execution.getVariable("approvedAssignment");
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    List<WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.JURORS_ASSIGNED);
    Date due = (Date) execution.getVariable("evaluationDueAt");
    for (WaitingEntry entry : waiting) {
      List<String> jurors = approved.get(entry.entryKey());
      if (jurors == null) {
        throw new IllegalStateException("Entry " + entry.entryKey() + " is missing from the approved assignment");
      }
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("jurors", Vars.jsonList(jurors));
      variables.put("evaluationDueAt", due);
      variables.put("blindReview", !Boolean.FALSE.equals(execution.getVariable("blindReview")));
      entries.deliver(entry, Processes.JURORS_ASSIGNED, variables);
    }
    execution.setVariable("assignments", Vars.jsonMap(approved));
    execution.setVariable("assignedCount", (long) waiting.size());
  }
}
