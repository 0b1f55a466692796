package id.kipp.presentation;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Markdown;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.util.Date;
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
    execution.setVariable("timetableSummary", proposal.settings() == null ? null
        : document.markdown(proposal.timetable(), proposal.moved(), proposal.settings()));
    execution.setVariable("timetableProblems", proposal.valid() ? null
        : Markdown.fitted("**Perlu diperbaiki sebelum jadwal dapat ditetapkan:**\n\n- "
            + String.join("\n- ", proposal.problems()), "- … dan masalah lain; perbaiki yang di atas lebih dulu."));
    execution.setVariable("timetableSettingsUsed", proposal.settings() == null ? null : proposal.settings().canonical());
    execution.setVariable(TimetableReviewValidator.DECISION, null);
  }

  /** The edition's presentation date (start form), else the day of {@code presentationAt}, else today. */
  private LocalDate presentationDay(DelegateExecution execution) {
    LocalDate day = CompetitionCalendar.parseDay(execution.getVariable("presentationDate"));
    if (day == null && execution.getVariable("presentationAt") instanceof Date at) {
      day = LocalDate.ofInstant(at.toInstant(), calendar.zone());
    }
    return day != null ? day : calendar.today();
  }
}
