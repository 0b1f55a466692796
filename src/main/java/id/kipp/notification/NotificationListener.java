package id.kipp.notification;

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
 */
@Component("notification")
public class NotificationListener {

  private final Notifications notifications;

  public NotificationListener(Notifications notifications) {
    this.notifications = notifications;
  }

  /** To the entry's contact person and the user who registered it. */
  public void toParticipants(VariableScope scope, String template) {
    notifications.notify(Audience.PARTICIPANTS, template, NotificationFacts.of(scope));
  }

  /** To the juror of a juror's evaluation ({@code juror}); no agency in a blind edition, never contact data. */
  public void toJuror(VariableScope scope, String template) {
    notifications.notify(Audience.JUROR, template, NotificationFacts.of(scope));
  }

  /** To the secretariat ({@code kipp.notification.secretariat-address}, else the members of group sekretariat). */
  public void toSecretariat(VariableScope scope, String template) {
    notifications.notify(Audience.SECRETARIAT, template, NotificationFacts.of(scope));
  }
}
