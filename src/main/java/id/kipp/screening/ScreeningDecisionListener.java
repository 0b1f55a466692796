package id.kipp.screening;

import static id.kipp.screening.ScreeningVariables.REVISION_DUE_AT;
import static id.kipp.screening.ScreeningVariables.SCREENING_NOTE;
import static id.kipp.screening.ScreeningVariables.SCREENING_OUTCOME;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of "Seleksi administrasi": repeats the form's rules on the server and sets the revision deadline. */
@Component("screeningDecisionListener")
public class ScreeningDecisionListener implements TaskListener {

  private final CompetitionCalendar calendar;

  public ScreeningDecisionListener(CompetitionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    ScreeningDecision decision = ScreeningDecision.from(task.getVariables());
    // as submitted in the form, unless the decision changed them (a refusal's note trimmed, an outcome in capitals)
    Vars.setIfChanged(task, SCREENING_OUTCOME, decision.outcome().name());
    Vars.setIfChanged(task, SCREENING_NOTE, decision.note());
    task.setVariable("screenedAt", Date.from(calendar.now()));
    String screenedBy = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
        ? task.getAssignee()
        : task.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId();
    task.setVariable("screenedBy", screenedBy);
    if (decision.outcome() == ScreeningDecision.Outcome.PERBAIKAN) {
      task.setVariable(REVISION_DUE_AT, calendar.endOfDayAfter(decision.revisionDays()));
      task.setVariable("revisionCount", ((Number) orZero(task.getVariable("revisionCount"))).longValue() + 1);
    }
  }

  private static Object orZero(Object value) {
    return value instanceof Number ? value : 0L;
  }
}
