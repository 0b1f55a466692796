package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.EDITION_KEY;
import static id.kipp.presentation.PresentationVariables.FINALIST;
import static id.kipp.presentation.PresentationVariables.JURORS;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_AT;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_ENDS_AT;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_JURORS;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_SLOT;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.assignment.ConflictsOfInterest;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Umumkan finalis dan jadwal": delivers the finalists' decision of "Tetapkan finalis per kelompok" (table
 * {@code desk_result}) to every waiting entry, finalist or not ({@code finalist}, {@code deskRank},
 * {@code rankingDeskScore}: copies for the entry's forms and e-mails, never read back). A finalist also gets its presentation jurors (the
 * edition's jury less every juror with a conflict of interest) and its slot of the confirmed timetable
 * ({@code presentationAt}, {@code presentationEndsAt}, {@code presentationSlot}). An edition process without the
 * timetable stage (no {@code presentationTimetable}) gives finalists the edition's presentation date instead.
 *
 * <p>Each entry is told in a transaction of its own ({@link EditionEntries#deliverEach}): delivering to 2,001 entries
 * in the job's one transaction took 12.5 minutes to commit in the national-scale benchmark (docs/performance.md). A
 * retry of this step tells only the entries still waiting.
 */
@Component("announceFinalistsDelegate")
public class AnnounceFinalistsDelegate implements JavaDelegate {

  private final ConflictsOfInterest conflicts;
  private final DeskResults deskResults;

  public AnnounceFinalistsDelegate(ConflictsOfInterest conflicts, DeskResults deskResults) {
    this.conflicts = conflicts;
    this.deskResults = deskResults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, DeskResult> ranking = deskResults.ofEdition((String) execution.getVariable(EDITION_KEY));
    Map<String, Map<String, Object>> slots = slots(execution.getVariable("presentationTimetable"));
    List<String> jury = Vars.textList(execution.getVariable(JURORS));
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    // every entry's message is prepared (and checked) first, so that a problem stops the step before any delivery
    Map<String, Map<String, Object>> messages = new LinkedHashMap<>();
    List<WaitingEntry> waiting = entries.waitingFor((String) execution.getVariable(EDITION_KEY),
        Processes.FINALISTS_DECIDED, "agency");
    for (WaitingEntry entry : waiting) {
      DeskResult result = ranking.get(entry.entryKey());
      if (result == null || result.deskRank() == null) {
        throw new IllegalStateException("Entry " + entry.entryKey() + " waits for the finalists but is not ranked");
      }
      boolean finalist = result.isFinalist();
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put(FINALIST, finalist);
      variables.put("deskRank", (long) result.deskRank());
      variables.put("rankingDeskScore", result.rankingDeskScore());
      if (finalist) {
        variables.put(PRESENTATION_JURORS, Vars.jsonList(conflicts.without(
            execution.getProcessEngineServices().getIdentityService(), jury, entry.entryKey(),
            (String) entry.get("agency"))));
        if (slots == null) {
          variables.put(PRESENTATION_AT, execution.getVariable(PRESENTATION_AT));
        } else {
          Map<String, Object> slot = slots.get(entry.entryKey());
          if (slot == null) {
            throw new IllegalStateException("Finalist " + entry.entryKey() + " has no slot in the timetable");
          }
          variables.put(PRESENTATION_AT, TimetableDocument.date(slot.get("startsAt")));
          variables.put(PRESENTATION_ENDS_AT, TimetableDocument.date(slot.get("endsAt")));
          variables.put(PRESENTATION_SLOT, slot.get("slot"));
        }
      }
      messages.put(entry.entryKey(), variables);
    }
    EditionEntries.deliverEach(execution.getProcessEngine(), waiting, Processes.FINALISTS_DECIDED,
        entry -> messages.get(entry.entryKey()));
  }

  /** Confirmed slots by entry key; null when the edition has no timetable stage. */
  private static Map<String, Map<String, Object>> slots(Object timetable) {
    if (!(timetable instanceof List<?> rows)) {
      return null;
    }
    Map<String, Map<String, Object>> slots = new HashMap<>();
    for (Object row : rows) {
      if (row instanceof Map<?, ?> map) {
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        slots.put((String) typed.get("entryKey"), typed);
      }
    }
    return slots;
  }
}
