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
 * "Tugaskan juri": every entry that passed screening gets its jurors (balanced, see {@link JurorAssignment}) and the
 * evaluation deadline; each juror then finds a "Nilai proposal inovasi" task in Tasklist.
 */
@Component("assignJurorsDelegate")
public class AssignJurorsDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    List<WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.JURORS_ASSIGNED);
    List<String> jurors = Vars.textList(execution.getVariable("jurors"));
    int perEntry = (int) Vars.whole(execution, "jurorsPerEntry", 3);
    Map<String, List<String>> assignment =
        JurorAssignment.assign(waiting.stream().map(WaitingEntry::entryKey).toList(), jurors, perEntry);
    Date due = (Date) execution.getVariable("evaluationDueAt");
    for (WaitingEntry entry : waiting) {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("jurors", Vars.jsonList(assignment.get(entry.entryKey())));
      variables.put("evaluationDueAt", due);
      entries.deliver(entry, Processes.JURORS_ASSIGNED, variables);
    }
    execution.setVariable("assignments", Vars.json(assignment));
    execution.setVariable("assignedCount", (long) waiting.size());
  }
}
