package id.kipp.objection;

import static id.kipp.objection.ObjectionVariables.DISQUALIFIED;
import static id.kipp.objection.ObjectionVariables.HAS_OBJECTIONS;
import static id.kipp.objection.ObjectionVariables.OBJECTION_DAYS;
import static id.kipp.objection.ObjectionVariables.OBJECTION_PERIOD_ENDS_AT;
import static id.kipp.objection.ObjectionVariables.PROPOSED_FINALISTS;
import static id.kipp.objection.ObjectionVariables.PROPOSED_FINALIST_CHOICES;

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
    long days = Vars.whole(execution, OBJECTION_DAYS, 5);
    execution.setVariable(OBJECTION_PERIOD_ENDS_AT, calendar.endOfDayAfter(days));
    execution.setVariable(PROPOSED_FINALIST_CHOICES, Vars.json(ObjectionStages.choices(
        stages.finalists(Vars.textList(execution.getVariable(PROPOSED_FINALISTS))))));
    execution.setVariable("objectionList", Vars.json(List.of()));
    execution.setVariable(DISQUALIFIED, Vars.jsonList(List.of()));
    execution.setVariable(HAS_OBJECTIONS, false);
  }
}
