package id.kipp.screening;

import static id.kipp.screening.ScreeningVariables.REVISION_DUE_AT;
import static id.kipp.screening.ScreeningVariables.SCREENING_NOTE;
import static id.kipp.screening.ScreeningVariables.SCREENING_OUTCOME;

import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Tolak karena perbaikan tidak diajukan": the revision deadline passed, so the entry does not pass screening. */
@Component("lapsedRevisionDelegate")
public class LapsedRevisionDelegate implements JavaDelegate {

  private final ZoneId zone;

  public LapsedRevisionDelegate(CompetitionCalendar calendar) {
    this.zone = calendar.zone();
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(REVISION_DUE_AT);
    String when = due == null ? "" : " (" + Bahasa.dayDateTime(due.toInstant(), zone) + ")";
    execution.setVariable(SCREENING_OUTCOME, ScreeningDecision.Outcome.TIDAK_LOLOS.name());
    execution.setVariable(SCREENING_NOTE, "Tidak lolos: perbaikan tidak diajukan sampai batas waktu" + when + ".");
  }
}
