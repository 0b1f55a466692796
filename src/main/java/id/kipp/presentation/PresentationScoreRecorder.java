package id.kipp.presentation;

import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.FinalScoreRules;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of a juror's "Nilai presentasi dan wawancara" task: checks the score's scale and records it. */
@Component("presentationScoreRecorder")
public class PresentationScoreRecorder implements TaskListener {

  public static final String CRITERION = "presentation";

  private final EvaluationRepository repository;
  private final CompetitionCalendar calendar;

  public PresentationScoreRecorder(EvaluationRepository repository, CompetitionCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String editionKey = (String) task.getVariable("editionKey");
    FinalScoreRules rules = FinalScoreRules.forScope(task.getProcessEngineServices().getDecisionService(), task);
    Object raw = task.getVariable("presentationScoreInput");
    Long score = Vars.whole(raw);
    if (score == null || score < rules.presentationMin() || score > rules.presentationMax()) {
      throw new RuleViolation("Nilai presentasi dan wawancara wajib diisi, bilangan bulat "
          + (long) rules.presentationMin() + " sampai " + (long) rules.presentationMax() + ".");
    }
    Object comment = task.getVariable("presentationComment");
    String juror = task.getAssignee() != null ? task.getAssignee() : (String) task.getVariable("juror");
    repository.save(new JurorEvaluation(editionKey, (String) task.getVariable("entryKey"), JurorEvaluation.PRESENTATION,
        juror, score.doubleValue(), Map.of(CRITERION, score.doubleValue()),
        comment == null ? null : comment.toString().trim(), task.getId(), calendar.now()));
  }
}
