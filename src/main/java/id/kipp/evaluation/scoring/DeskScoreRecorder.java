package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.CONFLICT_OF_INTEREST;
import static id.kipp.evaluation.EvaluationVariables.CONFLICT_REASON;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.JUROR_COMMENT;

import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a juror's "Nilai proposal inovasi" task: checks the ten scores against the rubric (the form's limits,
 * repeated on the server) and records them; or, when the juror declares a conflict of interest, records the
 * declaration instead (the process then appoints a replacement). The juror is the task's assignee and the entry the
 * juror instance's business key ({@link CallingEntry}), never a variable. The form marks the scores, the comment and
 * the conflict reason {@code kipp.recorded}, so they arrive as transient variables of this juror's own evaluation
 * instance (identity.guard.RecordedFieldsInterceptor): read here in the completing command, recorded only in the
 * application's tables, never in the engine's; {@code conflictOfInterest} stays a variable for the gateway after the
 * task. Evaluations started before that change may hold them stored, in the instance or local to the task (version
 * tag 1), which reads the same.
 */
@Component("deskScoreRecorder")
public class DeskScoreRecorder implements TaskListener {

  private final EvaluationRepository repository;
  private final ConflictDeclarations conflicts;
  private final CompetitionCalendar calendar;

  public DeskScoreRecorder(EvaluationRepository repository, ConflictDeclarations conflicts, CompetitionCalendar calendar) {
    this.repository = repository;
    this.conflicts = conflicts;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    String juror = task.getAssignee();
    if (juror == null || juror.isBlank()) {
      throw new RuleViolation("Tugas penilaian ini tidak ditugaskan kepada juri mana pun; nilai tidak dapat dicatat.");
    }
    // the entry and its edition as the calling entry knows them, not as variables of the juror's instance say
    String entryKey = task.getExecution().getProcessBusinessKey();
    DelegateExecution entry = CallingEntry.of(task.getExecution());
    String editionKey = (String) entry.getVariable(EDITION_KEY);
    if (Vars.flag(task.getVariable(CONFLICT_OF_INTEREST))) {
      Object reason = task.getVariable(CONFLICT_REASON);
      String text = reason == null ? "" : reason.toString().trim();
      if (text.isEmpty()) {
        throw new RuleViolation("Jelaskan konflik kepentingan Anda dengan inovasi ini.");
      }
      conflicts.declare(editionKey, entryKey, juror, truncate(text), calendar.now());
      return;
    }
    // the rubric pinned by the entry (a juror's instance started since the proposal became one variable has no
    // ruleVersions of its own)
    Rubric rubric = new RubricService(task.getProcessEngineServices().getDecisionService()).forScope(entry);
    Map<String, Double> scores = rubric.readScores(task::getVariable);
    Object comment = task.getVariable(JUROR_COMMENT);
    repository.save(new JurorEvaluation(editionKey, entryKey, JurorEvaluation.DESK, juror,
        rubric.total(scores), scores, comment == null ? null : truncate(comment.toString().trim()), task.getId(),
        calendar.now()));
  }

  static String truncate(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
  }
}
