package id.kipp.registration;

import static id.kipp.registration.RegistrationVariables.ENTRY_KEY;
import static id.kipp.registration.RegistrationVariables.TITLE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task names in Tasklist say which entry they concern: "Nilai proposal inovasi — MALANG-2019-0007: LAPO BRA".
 * Only the entry key and title: never the agency, so a blind evaluation stays blind.
 */
@Component("entryTaskLabel")
public class EntryTaskLabel implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object entryKey = task.getVariable(ENTRY_KEY);
    Object title = task.getVariable(TITLE);
    if (entryKey == null) {
      return;
    }
    String label = task.getName() + " — " + entryKey + (title == null ? "" : ": " + title);
    task.setName(label.length() > 250 ? label.substring(0, 249) + "…" : label);
  }
}
