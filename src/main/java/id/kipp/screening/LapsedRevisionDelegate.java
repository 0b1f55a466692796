package id.kipp.screening;

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
    Date due = (Date) execution.getVariable("revisionDueAt");
    String when = due == null ? "" : " (" + Bahasa.dayDateTime(due.toInstant(), zone) + ")";
    execution.setVariable("screeningOutcome", ScreeningDecision.Outcome.TIDAK_LOLOS.name());
    execution.setVariable("screeningNote", "Tidak lolos: perbaikan tidak diajukan sampai batas waktu" + when + ".");
  }
}
