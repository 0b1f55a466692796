package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.AGENCY;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_AT;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_SLOT;

import id.kipp.evaluation.scoring.CallingEntry;
import id.kipp.registration.EntryRecord;
import id.kipp.registration.EntryRegistry;
import id.kipp.shared.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.stereotype.Component;

/**
 * What a presentation juror reads of a finalist, handed to the juror's instance of {@code penilaian-presentasi} as one
 * JSON variable {@code presentation} ({@code ${presentationView.of(execution)}} in the call activity of
 * {@code inovasi}): {@code entryKey}, {@code title}, {@code group}, {@code slot} and, only when the evaluation is not
 * blind, {@code agency}. One variable instead of the eleven copies handed in before (version tag 1 of the process),
 * each of which the engine wrote with its history for every juror of every finalist.
 *
 * <p>Title and agency come from the entry registry (table {@code entry}, kept in step with revisions), the group and
 * the slot from the entry; an entry without a registry row falls back to its own variables. The task's due date is
 * the entry's slot start ({@link #dueAt}), read on the calling entry: no copy of it in the juror's instance.
 */
@Component("presentationView")
public class PresentationView {

  /** The variable of the juror's instance that the form {@code penilaian-presentasi} reads. */
  public static final String VARIABLE = "presentation";

  private final EntryRegistry registry;

  public PresentationView(EntryRegistry registry) {
    this.registry = registry;
  }

  /** The view of the finalist {@code entry} (the entry's execution that calls the juror's instance). */
  public ObjectValue of(DelegateExecution entry) {
    String entryKey = entry.getProcessBusinessKey();
    Optional<EntryRecord> record = entryKey == null ? Optional.empty() : registry.find(entryKey);
    Map<String, String> view = new LinkedHashMap<>();
    put(view, "entryKey", entryKey);
    put(view, "title", record.map(EntryRecord::title).orElseGet(() -> text(entry.getVariable("title"))));
    put(view, "group", text(entry.getVariable("group")));
    put(view, "slot", text(entry.getVariable(PRESENTATION_SLOT)));
    if (Boolean.FALSE.equals(entry.getVariable("blindReview"))) {
      put(view, "agency", record.map(EntryRecord::agencyName).orElseGet(() -> text(entry.getVariable(AGENCY))));
    }
    return Vars.json(view);
  }

  /**
   * The due date of the juror's task: the start of the finalist's slot as the calling entry holds it (an instance
   * started on version tag 1 holds its own copy, which is then the same value).
   */
  public Object dueAt(DelegateExecution juror) {
    Object own = juror.getVariable(PRESENTATION_AT);
    return own != null ? own : CallingEntry.of(juror).getVariable(PRESENTATION_AT);
  }

  private static void put(Map<String, String> view, String name, String value) {
    if (value != null && !value.isBlank()) {
      view.put(name, value);
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
