package id.kipp.award;

import static id.kipp.award.AwardVariables.DECREE_NUMBER;
import static id.kipp.award.AwardVariables.SIGN_OFF_DECISION;
import static id.kipp.award.AwardVariables.SIGN_OFF_NOTE;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of "Penetapan pemenang oleh pimpinan": approval needs the decree number (nomor SK); returning the
 * ranking needs a note for the secretariat. Records who signed off and when.
 */
@Component("signOffValidator")
public class SignOffValidator implements TaskListener {

  private final CompetitionCalendar calendar;

  public SignOffValidator(CompetitionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    Object decision = task.getVariable(SIGN_OFF_DECISION);
    String decree = text(task.getVariable(DECREE_NUMBER));
    String note = text(task.getVariable(SIGN_OFF_NOTE));
    List<String> problems = new ArrayList<>();
    if ("SETUJU".equals(decision)) {
      if (decree.isEmpty()) {
        problems.add("Nomor keputusan (SK) penetapan wajib diisi untuk menyetujui pemenang.");
      }
    } else if ("KEMBALIKAN".equals(decision)) {
      if (note.isEmpty()) {
        problems.add("Tuliskan catatan untuk sekretariat bila penetapan dikembalikan.");
      }
    } else {
      problems.add("Pilih keputusan: SETUJU atau KEMBALIKAN.");
    }
    if (decree.length() > 100) {
      problems.add("Nomor keputusan paling banyak 100 karakter.");
    }
    if (note.length() > 2000) {
      problems.add("Catatan pimpinan paling banyak 2000 karakter.");
    }
    RuleViolation.throwIfAny(problems);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.setVariable("signedOffBy", user != null ? user.getUserId() : task.getAssignee());
    task.setVariable("signedOffAt", Date.from(calendar.now()));
  }

  static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
