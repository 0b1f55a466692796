package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.AGENCY;
import static id.kipp.presentation.PresentationVariables.EDITION_KEY;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_COMMENT;
import static id.kipp.presentation.PresentationVariables.PRESENTATION_SCORE_INPUT;

import id.kipp.evaluation.assignment.ConflictsOfInterest;
import id.kipp.evaluation.scoring.CallingEntry;
import id.kipp.evaluation.scoring.EvaluationRepository;
import id.kipp.evaluation.scoring.FinalScoreRules;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a juror's "Nilai presentasi dan wawancara" task: checks the score's scale and records it.
 *
 * <p>The task runs in the juror's own instance of {@code penilaian-presentasi}, whose variables the juror can read and,
 * through the REST API, write. So nothing that says whose score this is comes from a variable: the juror is the
 * task's assignee, the entry is the instance's business key, and the edition and its pinned rules are read on the
 * calling entry (an entry still on an older {@code inovasi} version runs this task in its own instance, which is then
 * its own entry). An assignee with a conflict of interest with the entry (declared, or affiliated with its agency) is
 * refused, as the presentation panel leaves such jurors out.
 */
@Component("presentationScoreRecorder")
public class PresentationScoreRecorder implements TaskListener {

  public static final String CRITERION = "presentation";

  /** The form's limit of the juror's note (and the column's). */
  static final int MAX_COMMENT = 2000;

  private final EvaluationRepository repository;
  private final ConflictsOfInterest conflicts;
  private final CompetitionCalendar calendar;

  public PresentationScoreRecorder(EvaluationRepository repository, ConflictsOfInterest conflicts,
      CompetitionCalendar calendar) {
    this.repository = repository;
    this.conflicts = conflicts;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String juror = task.getAssignee();
    if (juror == null || juror.isBlank()) {
      throw new RuleViolation("Tugas penilaian presentasi ini tidak ditugaskan kepada juri mana pun; nilai tidak dapat"
          + " dicatat.");
    }
    DelegateExecution entry = CallingEntry.of(task.getExecution());
    String entryKey = task.getExecution().getProcessBusinessKey();
    String editionKey = (String) entry.getVariable(EDITION_KEY);
    if (conflicts.has(task.getProcessEngineServices().getIdentityService(), juror, entryKey,
        (String) entry.getVariable(AGENCY))) {
      throw new RuleViolation("Juri " + juror + " memiliki konflik kepentingan dengan inovasi " + entryKey
          + " dan tidak dapat menilai presentasinya.");
    }
    FinalScoreRules rules = FinalScoreRules.forScope(task.getProcessEngineServices().getDecisionService(), entry);
    Long score = Vars.whole(task.getVariable(PRESENTATION_SCORE_INPUT));
    if (score == null || score < rules.presentationMin() || score > rules.presentationMax()) {
      throw new RuleViolation("Nilai presentasi dan wawancara wajib diisi, bilangan bulat "
          + (long) rules.presentationMin() + " sampai " + (long) rules.presentationMax() + ".");
    }
    Object raw = task.getVariable(PRESENTATION_COMMENT);
    String comment = raw == null ? null : raw.toString().trim();
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw new RuleViolation("Catatan juri paling banyak " + MAX_COMMENT + " karakter.");
    }
    repository.save(new JurorEvaluation(editionKey, entryKey, JurorEvaluation.PRESENTATION, juror,
        score.doubleValue(), Map.of(CRITERION, score.doubleValue()), comment, task.getId(), calendar.now()));
  }
}
