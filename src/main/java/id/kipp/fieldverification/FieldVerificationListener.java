package id.kipp.fieldverification;

import static id.kipp.fieldverification.FieldVerificationVariables.VERIFICATION_NOTE;
import static id.kipp.fieldverification.FieldVerificationVariables.VERIFICATION_RESULT;

import id.kipp.shared.Processes;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Completion of "Verifikasi lapangan": the result ({@code LAYAK} / {@code TIDAK_LAYAK}) with a note is recorded on the
 * finalist's entry ({@code fieldVerification}, {@code fieldVerificationNote}); a finalist found not eligible is dropped
 * when the finalists are set.
 */
@Component("fieldVerificationListener")
public class FieldVerificationListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Object result = task.getVariable(VERIFICATION_RESULT);
    if (!"LAYAK".equals(result) && !"TIDAK_LAYAK".equals(result)) {
      problems.add("Pilih hasil verifikasi lapangan: LAYAK atau TIDAK_LAYAK.");
    }
    Object note = task.getVariable(VERIFICATION_NOTE);
    if (note == null || note.toString().isBlank()) {
      problems.add("Tuliskan catatan hasil kunjungan lapangan.");
    }
    RuleViolation.throwIfAny(problems);
    String entryKey = task.getExecution().getProcessBusinessKey();
    ProcessInstance entry = task.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).processInstanceBusinessKey(entryKey).singleResult();
    if (entry == null) {
      throw new RuleViolation("Inovasi " + entryKey + " tidak ditemukan atau sudah selesai.");
    }
    task.getProcessEngineServices().getRuntimeService().setVariable(entry.getId(), "fieldVerification", result);
    task.getProcessEngineServices().getRuntimeService().setVariable(entry.getId(), "fieldVerificationNote",
        note.toString().trim());
  }
}
