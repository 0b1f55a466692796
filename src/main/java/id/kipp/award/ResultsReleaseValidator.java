package id.kipp.award;

import static id.kipp.award.AwardVariables.RESULTS_RELEASE_CONFIRMED;
import static id.kipp.award.AwardVariables.RESULTS_RELEASE_NOTE;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of "Rilis hasil kepada peserta": the results the Pimpinan signed off reach the participants only when the
 * secretariat confirms their release (batched release: until then no entry learns anything). Records who released them
 * and when ({@code resultsReleasedBy}, {@code resultsReleasedAt}).
 */
@Component("resultsReleaseValidator")
public class ResultsReleaseValidator implements TaskListener {

  private final CompetitionCalendar calendar;

  public ResultsReleaseValidator(CompetitionCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    if (!Vars.flag(task.getVariable(RESULTS_RELEASE_CONFIRMED))) {
      problems.add("Centang \"Hasil sudah diperiksa dan dapat dirilis kepada peserta\" untuk merilis hasil.");
    }
    if (SignOffValidator.text(task.getVariable(RESULTS_RELEASE_NOTE)).length() > 2000) {
      problems.add("Catatan rilis paling banyak 2000 karakter.");
    }
    RuleViolation.throwIfAny(problems);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    task.setVariable("resultsReleasedBy", user != null ? user.getUserId() : task.getAssignee());
    task.setVariable("resultsReleasedAt", Date.from(calendar.now()));
  }
}
