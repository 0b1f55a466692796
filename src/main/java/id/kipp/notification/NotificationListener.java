package id.kipp.notification;

import id.kipp.award.FinalStanding;
import id.kipp.award.FinalStandings;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The processes' hook for e-mail: an execution or task listener of type <em>Expression</em> in Camunda Modeler, e.g.
 * <pre>
 *   ${notification.toParticipants(execution, 'pendaftaran-diterima')}   (execution listener)
 *   ${notification.toJuror(task, 'juri-penugasan')}                     (task listener)
 *   ${notification.toSecretariat(task, 'sekretariat-penilaian-terlambat')}
 * </pre>
 * The second argument names the template ({@code notifications/<name>.txt}). An administrator adds, moves or removes
 * a notification in the BPMN without code. (An expression rather than a delegate with an injected {@code template}
 * field: field injection into a shared Spring bean is not safe when two jobs run it at the same time.)
 *
 * <p>An entry's desk rank and final result are read from the application's tables ({@code desk_result},
 * {@code final_standing}), never from the process variables of the same names.
 */
@Component("notification")
public class NotificationListener {

  private final Notifications notifications;
  private final DeskResults deskResults;
  private final FinalStandings finalStandings;

  public NotificationListener(Notifications notifications, DeskResults deskResults, FinalStandings finalStandings) {
    this.notifications = notifications;
    this.deskResults = deskResults;
    this.finalStandings = finalStandings;
  }

  /** To the entry's contact person and the user who registered it. */
  public void toParticipants(VariableScope scope, String template) {
    notifications.notify(Audience.PARTICIPANTS, template, withResults(scope));
  }

  /** To the juror of a juror's evaluation ({@code juror}); no agency in a blind edition, never contact data. */
  public void toJuror(VariableScope scope, String template) {
    notifications.notify(Audience.JUROR, template, NotificationFacts.of(scope));
  }

  /** To the secretariat ({@code kipp.notification.secretariat-address}, else the members of group sekretariat). */
  public void toSecretariat(VariableScope scope, String template) {
    notifications.notify(Audience.SECRETARIAT, template, withResults(scope));
  }

  private NotificationFacts withResults(VariableScope scope) {
    NotificationFacts facts = NotificationFacts.of(scope);
    String entryKey = scope instanceof DelegateExecution execution && execution.getProcessBusinessKey() != null
        ? execution.getProcessBusinessKey() : facts.entryKey();
    if (entryKey == null) {
      return facts.withResults(null, null, null, null);
    }
    Long deskRank = deskResults.find(entryKey).map(DeskResult::deskRank).map(Integer::longValue).orElse(null);
    Optional<FinalStanding> standing = finalStandings.find(entryKey);
    return facts.withResults(deskRank, standing.map(line -> (long) line.rank()).orElse(null),
        standing.map(FinalStanding::finalScore).orElse(null), standing.map(FinalStanding::winner).orElse(null));
  }
}
