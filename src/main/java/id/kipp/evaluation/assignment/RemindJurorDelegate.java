package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.JUROR;
import static id.kipp.evaluation.EvaluationVariables.JUROR_DUE_AT;

import id.kipp.shared.Bahasa;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import id.kipp.shared.CompetitionCalendar;
import org.springframework.stereotype.Component;

/**
 * "Ingatkan juri": the juror's scoring task gets a high priority (it rises to the top of Tasklist) and a comment
 * with the deadline. E-mail reminders come with the notifications module.
 */
@Component("remindJurorDelegate")
public class RemindJurorDelegate implements JavaDelegate {

  public static final int REMINDER_PRIORITY = 80;

  private final CompetitionCalendar calendar;

  public RemindJurorDelegate(CompetitionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    String juror = (String) execution.getVariable(JUROR);
    Date due = (Date) execution.getVariable(JUROR_DUE_AT);
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ReplaceJurorDelegate.DESK_TASK).taskAssignee(juror).list()) {
      tasks.setPriority(task.getId(), REMINDER_PRIORITY);
      tasks.createComment(task.getId(), task.getProcessInstanceId(),
          "Pengingat: penilaian ini harus diselesaikan paling lambat " + Bahasa.dayDateTime(due.toInstant(), calendar.zone()) + ".");
    }
    execution.setVariable("remindedAt", Date.from(calendar.now()));
  }
}
