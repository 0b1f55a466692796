package id.kipp.evaluation.assignment;

import id.kipp.evaluation.assignment.AssignmentResult.Assigned;
import id.kipp.evaluation.assignment.AssignmentResult.Infeasible;
import id.kipp.shared.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Susun usulan penugasan juri": computes a balanced, conflict-free assignment ({@link BalancedAssignment}) for the
 * secretariat to review; when none exists, the reasons go to the secretariat's task "Atasi kendala penugasan juri".
 */
@Component("proposeAssignmentDelegate")
public class ProposeAssignmentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    AssignmentContext context = AssignmentContext.load(execution.getProcessEngineServices(), execution);
    AssignmentResult result = BalancedAssignment.assign(context.request());
    if (result instanceof Assigned assigned) {
      execution.setVariable("assignmentFeasible", true);
      execution.setVariable("assignmentProblems", null);
      execution.setVariable("proposedAssignment", Vars.jsonMap(assigned.jurorsByEntry()));
      execution.setVariable("assignmentSummary", AssignmentSummary.markdown(assigned.jurorsByEntry(),
          context.titles(), context.agencies(), context.request().jurors()));
      context.writeOptions(execution.getProcessEngineServices(), execution);
    } else if (result instanceof Infeasible infeasible) {
      execution.setVariable("assignmentFeasible", false);
      execution.setVariable("assignmentProblems", "- " + String.join("\n- ", infeasible.reasons()));
      execution.setVariable("proposedAssignment", null);
      execution.setVariable("assignmentSummary", null);
    }
  }
}
