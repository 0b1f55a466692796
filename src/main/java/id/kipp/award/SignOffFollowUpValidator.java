package id.kipp.award;

import static id.kipp.award.AwardVariables.FOLLOW_UP_NOTE;

import id.kipp.shared.RuleViolation;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Tindak lanjuti catatan pimpinan": the secretariat says what it did about the Pimpinan's note. */
@Component("signOffFollowUpValidator")
public class SignOffFollowUpValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String note = SignOffValidator.text(task.getVariable(FOLLOW_UP_NOTE));
    if (note.isEmpty()) {
      throw new RuleViolation("Tuliskan tindak lanjut sekretariat atas catatan pimpinan.");
    }
    if (note.length() > 2000) {
      throw new RuleViolation("Tindak lanjut paling banyak 2000 karakter.");
    }
  }
}
