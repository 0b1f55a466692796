package id.kipp.objection;

import static id.kipp.objection.ObjectionVariables.DISQUALIFIED;
import static id.kipp.objection.ObjectionVariables.EDITION_KEY;
import static id.kipp.objection.ObjectionVariables.OBJECTION_DECISIONS;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Putuskan sanggahan": every objection of {@code objectionList} gets exactly one decision in the
 * dynamic list {@code objectionDecisions} (rows {@code {objection, decision, reason}}): {@code DITERIMA} (the
 * finalist is disqualified) or {@code DITOLAK}, each with its grounds. The public objections get their decision in
 * their table; the outcome per entry (upheld or not, never who objected) is kept for the public page.
 */
@Component("decideObjectionsListener")
public class DecideObjectionsListener implements TaskListener {

  private final PublicObjectionRepository repository;
  private final CompetitionCalendar calendar;

  public DecideObjectionsListener(PublicObjectionRepository repository, CompetitionCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> objections = JsonRows.of(task.getVariable("objectionList"));
    List<String> problems = new ArrayList<>();
    ObjectionDecisions decisions = ObjectionDecisions.check(objections == null ? List.of() : objections,
        task.getVariable(OBJECTION_DECISIONS), problems);
    RuleViolation.throwIfAny(problems);
    task.setVariable(DISQUALIFIED, Vars.jsonList(decisions.disqualified()));
    String editionKey = (String) task.getVariable(EDITION_KEY);
    Instant now = calendar.now();
    decisions.publicDecisions().forEach((id, decision) ->
        repository.decide(id, decision.decision(), decision.reason(), now));
    decisions.outcomes().forEach((entryKey, outcome) ->
        repository.saveOutcome(editionKey, entryKey, outcome.objections(), outcome.upheld(), now));
  }
}
