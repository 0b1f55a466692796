package id.kipp.edition;

import static id.kipp.edition.EditionVariables.CLOSE_REGISTRATION_NOW;
import static id.kipp.edition.EditionVariables.EARLY_CLOSING_REASON;

import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Pendaftaran dibuka": closing registration early must be confirmed and explained. */
@Component("earlyClosingValidator")
public class EarlyClosingValidator implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    if (!Vars.flag(task.getVariable(CLOSE_REGISTRATION_NOW))) {
      problems.add("Centang \"Tutup pendaftaran sekarang\" untuk menutup pendaftaran sebelum batas waktunya.");
    }
    Object reason = task.getVariable(EARLY_CLOSING_REASON);
    String text = reason == null ? "" : reason.toString().trim();
    if (text.isEmpty()) {
      problems.add("Tuliskan alasan penutupan pendaftaran lebih awal.");
    } else if (text.length() > 2000) {
      problems.add("Alasan paling banyak 2000 karakter.");
    }
    RuleViolation.throwIfAny(problems);
  }
}
