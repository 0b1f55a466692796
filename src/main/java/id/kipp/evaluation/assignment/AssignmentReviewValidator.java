package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.ASSIGNMENT_APPROVED;
import static id.kipp.evaluation.EvaluationVariables.ASSIGNMENT_SUMMARY;

import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Tinjau penugasan juri": applies the secretariat's swaps ({@link AssignmentChanges}, rows of the
 * dynamic list {@code assignmentSwaps}) to the proposal and checks the result again
 * against conflicts of interest, the number of jurors per entry and the jurors' caps. Only a valid assignment is
 * released ({@code approvedAssignment}).
 */
@Component("assignmentReviewValidator")
public class AssignmentReviewValidator implements TaskListener {

  @Override
  @SuppressWarnings("unchecked")
  public void notify(DelegateTask task) {
    if (!Vars.flag(task.getVariable(ASSIGNMENT_APPROVED))) {
      throw new RuleViolation("Centang \"Penugasan sudah diperiksa dan dapat dirilis\" untuk merilis penugasan juri.");
    }
    Map<String, List<String>> proposal = (Map<String, List<String>>) task.getVariable("proposedAssignment");
    AssignmentContext context = AssignmentContext.load(task.getProcessEngineServices(), task);
    Map<String, List<String>> reviewed = AssignmentChanges.apply(proposal,
        task.getVariable(AssignmentChanges.SWAPS), context.jurorIds());
    RuleViolation.throwIfAny(BalancedAssignment.check(reviewed, context.request()));
    task.setVariable("approvedAssignment", Vars.jsonMap(reviewed));
    task.setVariable(ASSIGNMENT_SUMMARY, AssignmentSummary.markdown(reviewed, context.titles(), context.agencies(),
        context.request().jurors()));
  }
}
