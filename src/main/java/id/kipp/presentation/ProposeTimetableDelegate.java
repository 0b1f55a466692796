package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.PRESENTATION_AT;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_DATE;
import static id.kipp.presentation.PresentationVariables.TIMETABLE_FREE_SLOTS;
import static id.kipp.presentation.PresentationVariables.TIMETABLE_PROBLEMS;
import static id.kipp.presentation.PresentationVariables.TIMETABLE_SUMMARY;

import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.FormRows;
import id.kipp.shared.Markdown;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Susun usulan jadwal presentasi": proposes a slot for every finalist ({@link TimetablePlanner}) from the edition's
 * timetable settings — on the first run the defaults of {@code kipp.presentation.*} on the edition's presentation
 * date — with the secretariat's changes applied, for "Tetapkan jadwal presentasi". Nothing reaches the entries yet.
 */
@Component("proposeTimetableDelegate")
public class ProposeTimetableDelegate implements JavaDelegate {

  static final int FREE_SLOTS_SHOWN = 30;

  private final PresentationDefaults defaults;
  private final CompetitionCalendar calendar;
  private final EditionFinalists finalists;

  ProposeTimetableDelegate(PresentationDefaults defaults, CompetitionCalendar calendar, EditionFinalists finalists) {
    this.defaults = defaults;
    this.calendar = calendar;
    this.finalists = finalists;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> initial = defaults.settings(presentationDay(execution)).variables();
    for (String name : TimetableSettings.VARIABLES) {
      if (!execution.hasVariable(name)) {
        execution.setVariable(name, initial.get(name));
      }
    }
    TimetableProposal proposal = TimetableProposal.compose(execution::getVariable, finalists.of(execution, execution.getProcessEngineServices()));
    if (proposal.settings() != null) {
      execution.setVariables(proposal.settings().variables()); // as the form shows them: days sorted, times HH:MM
    }
    TimetableDocument document = new TimetableDocument(calendar.zone());
    execution.setVariable("proposedTimetable", Vars.json(document.rows(proposal.timetable())));
    execution.setVariable(TIMETABLE_SUMMARY, proposal.settings() == null ? null
        : document.markdown(proposal.timetable(), proposal.moved(), proposal.settings()));
    execution.setVariable(TIMETABLE_PROBLEMS, proposal.valid() ? null
        : Markdown.fitted("**Perlu diperbaiki sebelum jadwal dapat ditetapkan:**\n\n- "
            + String.join("\n- ", proposal.problems()), "- … dan masalah lain; perbaiki yang di atas lebih dulu."));
    execution.setVariable("timetableSettingsUsed", proposal.settings() == null ? null : proposal.settings().canonical());
    execution.setVariable(TimetableReviewValidator.DECISION, null);
    writeChoices(execution, proposal, document);
  }

  /**
   * The choices of the form's slot rows: every finalist with its slot in this proposal; the free slots as a list to
   * read; the rows themselves stay as the secretariat left them (they are applied to every new proposal).
   */
  private void writeChoices(DelegateExecution execution, TimetableProposal proposal, TimetableDocument document) {
    Map<String, String> slots = new HashMap<>();
    proposal.timetable().forEach(slot -> slots.put(slot.entryKey(), Bahasa.dayDate(slot.startsAt().toLocalDate())
        + " pukul " + Bahasa.clockRange(slot.startsAt().toLocalTime(), slot.endsAt().toLocalTime())));
    Map<String, String> options = new LinkedHashMap<>();
    for (Finalist finalist : finalists.of(execution, execution.getProcessEngineServices())) {
      options.put(finalist.entryKey(), finalist.entryKey() + " — " + finalist.title() + " ("
          + slots.getOrDefault(finalist.entryKey(), "belum mendapat slot") + ")");
    }
    execution.setVariable(TimetableChanges.FINALIST_OPTIONS, FormRows.options(options));
    if (execution.getVariable(TimetableChanges.MOVES) == null) {
      execution.setVariable(TimetableChanges.MOVES, FormRows.empty());
    }
    execution.setVariable(TIMETABLE_FREE_SLOTS, proposal.settings() == null ? null
        : document.freeSlots(TimetablePlanner.freeSlots(proposal.timetable(), proposal.settings(), FREE_SLOTS_SHOWN)));
  }

  /** The edition's presentation date (start form), else the day of {@code presentationAt}, else today. */
  private LocalDate presentationDay(DelegateExecution execution) {
    LocalDate day = CompetitionCalendar.parseDay(execution.getVariable(PRESENTATION_DATE));
    if (day == null && execution.getVariable(PRESENTATION_AT) instanceof Date at) {
      day = LocalDate.ofInstant(at.toInstant(), calendar.zone());
    }
    return day != null ? day : calendar.today();
  }
}
