package id.kipp.presentation;

import static id.kipp.presentation.PresentationVariables.TIMETABLE_SUMMARY;

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
 * Completion of "Tetapkan jadwal presentasi". Whatever the decision, the settings and the changed slots are checked
 * again (every finalist exactly one slot, no overlap, every slot on a presentation day within its hours, valid dates
 * and times); a refusal lists every problem and changes nothing. {@code USULKAN_ULANG} goes back to "Susun usulan
 * jadwal presentasi"; {@code TETAPKAN} confirms the timetable ({@code presentationTimetable}) — only with the settings
 * of the proposal the secretariat has seen.
 */
@Component("timetableReviewValidator")
public class TimetableReviewValidator implements TaskListener {

  public static final String DECISION = "timetableDecision";
  public static final String PROPOSE_AGAIN = "USULKAN_ULANG";
  public static final String CONFIRM = "TETAPKAN";

  private final CompetitionCalendar calendar;
  private final EditionFinalists finalists;

  TimetableReviewValidator(CompetitionCalendar calendar, EditionFinalists finalists) {
    this.calendar = calendar;
    this.finalists = finalists;
  }

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    String decision = Vars.text(task, DECISION);
    if (!PROPOSE_AGAIN.equals(decision) && !CONFIRM.equals(decision)) {
      problems.add("Pilih keputusan: susun ulang usulan, atau tetapkan jadwal.");
    }
    TimetableProposal proposal = TimetableProposal.compose(task::getVariable, finalists.of(task, task.getProcessEngineServices()));
    problems.addAll(proposal.problems());
    if (CONFIRM.equals(decision) && proposal.settings() != null
        && !proposal.settings().canonical().equals(task.getVariable("timetableSettingsUsed"))) {
      problems.add("Pengaturan jadwal berubah sejak usulan terakhir. Pilih \"Susun ulang usulan\" untuk melihat "
          + "jadwal dengan pengaturan baru sebelum menetapkannya.");
    }
    RuleViolation.throwIfAny(problems);
    if (CONFIRM.equals(decision)) {
      TimetableDocument document = new TimetableDocument(calendar.zone());
      task.setVariable("presentationTimetable", Vars.json(document.rows(proposal.timetable())));
      task.setVariable(TIMETABLE_SUMMARY, document.markdown(proposal.timetable(), proposal.moved(),
          proposal.settings()));
      task.setVariable("timetableConfirmedAt", Date.from(calendar.now()));
      Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
      task.setVariable("timetableConfirmedBy", user != null ? user.getUserId() : task.getAssignee());
    }
  }
}
