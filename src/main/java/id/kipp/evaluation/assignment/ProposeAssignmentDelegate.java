package id.kipp.evaluation.assignment;

import static id.kipp.evaluation.EvaluationVariables.ASSIGNMENT_FEASIBLE;
import static id.kipp.evaluation.EvaluationVariables.ASSIGNMENT_PROBLEMS;
import static id.kipp.evaluation.EvaluationVariables.ASSIGNMENT_SUMMARY;

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
      execution.setVariable(ASSIGNMENT_FEASIBLE, true);
      execution.setVariable(ASSIGNMENT_PROBLEMS, null);
      execution.setVariable("proposedAssignment", Vars.jsonMap(assigned.jurorsByEntry()));
      execution.setVariable(ASSIGNMENT_SUMMARY, AssignmentSummary.markdown(assigned.jurorsByEntry(),
          context.titles(), context.agencies(), context.request().jurors()));
      context.writeOptions(execution.getProcessEngineServices(), execution);
    } else if (result instanceof Infeasible infeasible) {
      execution.setVariable(ASSIGNMENT_FEASIBLE, false);
      execution.setVariable(ASSIGNMENT_PROBLEMS, "- " + String.join("\n- ", infeasible.reasons()));
      execution.setVariable("proposedAssignment", null);
      execution.setVariable(ASSIGNMENT_SUMMARY, null);
    }
  }
}
