package id.kipp.registration;

import static id.kipp.registration.RegistrationVariables.ENTRY_KEY;
import static id.kipp.registration.RegistrationVariables.TITLE;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task names in Tasklist say which entry they concern: "Nilai proposal inovasi — MALANG-2019-0007: LAPO BRA".
 * Only the entry key and title: never the agency, so a blind evaluation stays blind. A task whose instance holds no
 * {@code entryKey} (a juror's presentation, which gets neither key nor title as variables) is labelled from the entry
 * registry by the instance's business key; a task of no registered entry keeps its name.
 */
@Component("entryTaskLabel")
public class EntryTaskLabel implements TaskListener {

  private final EntryRegistry registry;

  public EntryTaskLabel(EntryRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    Object entryKey = task.getVariable(ENTRY_KEY);
    Object title = task.getVariable(TITLE);
    if (entryKey == null) {
      String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
      Optional<EntryRecord> entry = businessKey == null ? Optional.empty() : registry.find(businessKey);
      if (entry.isEmpty()) {
        return;
      }
      entryKey = entry.get().entryKey();
      title = entry.get().title();
    }
    String label = task.getName() + " — " + entryKey + (title == null ? "" : ": " + title);
    task.setName(label.length() > 250 ? label.substring(0, 249) + "…" : label);
  }
}
