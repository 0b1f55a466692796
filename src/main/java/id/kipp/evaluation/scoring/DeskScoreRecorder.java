package id.kipp.evaluation.scoring;

import id.kipp.shared.CompetitionCalendar;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a juror's "Nilai proposal inovasi" task: checks the ten scores against the rubric (the form's limits,
 * repeated on the server) and records them. The scores were submitted as variables local to this juror's task, so
 * jurors never overwrite each other.
 */
@Component("deskScoreRecorder")
public class DeskScoreRecorder implements TaskListener {

  private final EvaluationRepository repository;
  private final CompetitionCalendar calendar;

  public DeskScoreRecorder(EvaluationRepository repository, CompetitionCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String editionKey = (String) task.getVariable("editionKey");
    Rubric rubric = new RubricService(task.getProcessEngineServices().getDecisionService()).forEdition(editionKey);
    Map<String, Double> scores = rubric.readScores(task::getVariable);
    String juror = task.getAssignee() != null ? task.getAssignee() : (String) task.getVariable("juror");
    Object comment = task.getVariable("jurorComment");
    repository.save(new JurorEvaluation(editionKey, (String) task.getVariable("entryKey"), JurorEvaluation.DESK, juror,
        rubric.total(scores), scores, comment == null ? null : truncate(comment.toString().trim()), task.getId(),
        calendar.now()));
  }

  static String truncate(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
