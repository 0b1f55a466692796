package id.kipp.objection;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Buka masa uji publik": the public objection period lasts {@code objectionDays} days (an input of the call activity,
 * e.g. 5 as in the national competition) and ends at the end of its last day. The proposed finalists become the
 * choices of the secretariat's form ({@code proposedFinalistChoices}); the public page opens while the period lasts.
 */
@Component("openObjectionPeriodDelegate")
public class OpenObjectionPeriodDelegate implements JavaDelegate {

  private final CompetitionCalendar calendar;
  private final ObjectionStages stages;

  public OpenObjectionPeriodDelegate(CompetitionCalendar calendar, ObjectionStages stages) {
    this.calendar = calendar;
    this.stages = stages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long days = Vars.whole(execution, "objectionDays", 5);
    execution.setVariable("objectionPeriodEndsAt", calendar.endOfDayAfter(days));
    execution.setVariable("proposedFinalistChoices", Vars.json(ObjectionStages.choices(
        stages.finalists(Vars.textList(execution.getVariable("proposedFinalists"))))));
    execution.setVariable("objectionList", Vars.json(List.of()));
    execution.setVariable("disqualified", Vars.jsonList(List.of()));
    execution.setVariable("hasObjections", false);
  }
}
