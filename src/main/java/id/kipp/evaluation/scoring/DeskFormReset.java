package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.EvaluationVariables.CONFLICT_OF_INTEREST;
import static id.kipp.evaluation.EvaluationVariables.CONFLICT_REASON;
import static id.kipp.evaluation.EvaluationVariables.JUROR_COMMENT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Creation of a juror's "Nilai proposal inovasi" task: the fields of the scoring form are submitted to the juror's own
 * evaluation instance (no task-local input parameters), so when the task is created again in the same instance —
 * after a declared conflict of interest (a replacement juror) or an overdue evaluation handed to another juror —
 * whatever the previous round stored is removed first: the next juror's form starts empty and the gateway after the
 * task reads only the next submission. Since the form marks the scores, the comment and the reason {@code
 * kipp.recorded} (transient, never stored), that is {@code conflictOfInterest}; the other fields only where a
 * submission from before that change stored them. A previous round left values only if it completed the task, which
 * leads back here only with {@code conflictOfInterest} set; without it (the first creation, a round after an overdue
 * one) nothing is read or written.
 */
@Component("deskFormReset")
public class DeskFormReset implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    if (!instance.hasVariableLocal(CONFLICT_OF_INTEREST)) {
      return; // the first round, or one after an overdue evaluation: only a declared conflict leads back here
    }
    List<String> fields = fields(new RubricService(task.getProcessEngineServices().getDecisionService())
        .forScope(CallingEntry.of(task.getExecution())));
    List<String> present = fields.stream().filter(instance::hasVariableLocal).toList();
    if (!present.isEmpty()) {
      instance.removeVariablesLocal(present);
    }
  }

  /** The scoring form's fields: a score per criterion of the rubric, the comment and the conflict declaration. */
  static List<String> fields(Rubric rubric) {
    List<String> fields = new ArrayList<>();
    rubric.criteria().forEach(criterion -> fields.add(criterion.variableName()));
    fields.addAll(List.of(JUROR_COMMENT, CONFLICT_OF_INTEREST, CONFLICT_REASON));
    return fields;
  }
}
