package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.JURORS;
import static id.kipp.evaluation.EvaluationVariables.JURORS_PER_ENTRY;
import static id.kipp.evaluation.EvaluationVariables.MAX_ENTRIES_PER_JUROR;

import id.kipp.edition.EditionRecords;
import id.kipp.edition.EditionSetupService;
import id.kipp.edition.EditionSetupService.JurorSettings;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Completion of "Atasi kendala penugasan juri": the secretariat's corrected jurors, jurors per entry and cap are
 * checked like the start form's, then the assignment is proposed again.
 */
@Component("assignmentSettingsValidator")
public class AssignmentSettingsValidator implements TaskListener {

  private final EditionSetupService setup = new EditionSetupService();
  private final EditionRecords records;

  public AssignmentSettingsValidator(EditionRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> jurorGroup = task.getProcessEngineServices().getIdentityService().createUserQuery()
        .memberOfGroup(Processes.JUROR_GROUP).orderByUserId().asc().list().stream().map(User::getId).toList();
    JurorSettings settings = setup.jurorSettings(task.getVariables(), jurorGroup);
    task.setVariable(JURORS, Vars.jsonList(settings.jurors()));
    task.setVariable(JURORS_PER_ENTRY, (long) settings.jurorsPerEntry());
    task.setVariable(MAX_ENTRIES_PER_JUROR, settings.maxEntriesPerJuror() == null ? null : (long) settings.maxEntriesPerJuror());
    // the edition's row follows its corrected jurors (EditionDirectory)
    records.save(task.getExecution().getProcessBusinessKey(), task.getProcessInstanceId(), task);
  }
}
