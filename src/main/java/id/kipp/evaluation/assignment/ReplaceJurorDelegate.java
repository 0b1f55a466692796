package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.AGENCY;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.JUROR;
import static id.kipp.evaluation.EvaluationVariables.JURORS;

import id.kipp.edition.EditionDirectory;
import id.kipp.edition.EditionView;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tunjuk juri pengganti": a juror declared a conflict of interest. The replacement is chosen under the assignment's
 * rules: an edition juror not yet on this entry, without a conflict (declared or by affiliation), with the fewest
 * proposal evaluations so far (ties: the edition's juror order). No candidate left → an incident in Cockpit, which the
 * secretariat resolves by adding a juror to the edition's {@code jurors} and retrying.
 */
@Component("replaceJurorDelegate")
public class ReplaceJurorDelegate implements JavaDelegate {

  static final String DESK_TASK = "Task_DeskEvaluation";

  private final ConflictDeclarations declarations;
  private final ConflictsOfInterest conflicts;

  public ReplaceJurorDelegate(ConflictDeclarations declarations, ConflictsOfInterest conflicts) {
    this.declarations = declarations;
    this.conflicts = conflicts;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    String entryKey = execution.getProcessBusinessKey();
    String declaring = (String) execution.getVariable(JUROR);
    EditionView edition = new EditionDirectory(engine).find(editionKey)
        .orElseThrow(() -> new IllegalStateException("Edition " + editionKey + " is not running"));

    DelegateExecution entry = JurorEvaluationScope.entry(execution);
    List<String> entryJurors = new ArrayList<>(Vars.textList(entry.getVariable(JURORS)));
    List<String> candidates = conflicts.without(engine.getIdentityService(), edition.jurors(), entryKey,
            (String) entry.getVariable(AGENCY)).stream()
        .filter(juror -> !entryJurors.contains(juror))
        .toList();
    if (candidates.isEmpty()) {
      throw new IllegalStateException("Tidak ada juri pengganti untuk " + entryKey + ": semua juri edisi sudah menilai "
          + "inovasi ini atau memiliki konflik kepentingan. Tambahkan juri pada variabel 'jurors' edisi " + editionKey
          + " lalu ulangi (retry) langkah ini.");
    }
    String replacement = candidates.stream()
        .min(Comparator.<String>comparingLong(juror -> load(engine, editionKey, juror))
            .thenComparingInt(juror -> edition.jurors().indexOf(juror)))
        .orElseThrow();

    execution.setVariable(JUROR, replacement);
    entryJurors.replaceAll(juror -> juror.equals(declaring) ? replacement : juror);
    entry.getProcessInstance().setVariable(JURORS, Vars.jsonList(entryJurors));
    declarations.replaced(entryKey, declaring, replacement);
  }

  private static long load(ProcessEngineServices engine, String editionKey, String juror) {
    return engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(DESK_TASK).processVariableValueEquals(EDITION_KEY, editionKey).taskAssignee(juror).count();
  }
}
