package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_KEY;

import id.kipp.edition.EditionTally.Tally;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Where the edition's wait for its entries (the conditional events "Semua inovasi selesai diseleksi", "Semua proposal
 * selesai dinilai", "Semua presentasi finalis selesai dinilai") meets the entries' reports counted in
 * {@link EditionTally}. The edition's counter variables are copies of the tally, written when the edition reaches the
 * wait ({@link #await}) and when the last entry's report is counted, as its transaction commits ({@link #reported});
 * only then is the edition instance
 * touched, so reports of one edition never conflict on it. The live counts are the table's and the dashboard's.
 */
@Component("stageCompletion")
public class StageCompletion {

  private final EditionTally tally;

  public StageCompletion(EditionTally tally) {
    this.tally = tally;
  }

  /**
   * Start listener of the edition's wait for {@code stage}: the number of reports expected is the edition's variable
   * set before (registered entries, assigned entries, finalists); copies the tally into the edition's counters, so
   * that the wait's condition passes at once when every entry has already reported. The counters are still 0 here
   * unless the edition ran on an older model (which counted in these variables) and was moved to this one in the
   * middle of the stage: their counts are added to the tally.
   */
  public void await(DelegateExecution edition, String stage) {
    ReportedStage reported = ReportedStage.valueOf(stage);
    String editionKey = (String) edition.getVariable(EDITION_KEY);
    long expected = Vars.whole(edition, reported.expectedVariable(), 0);
    long earlierReported = Vars.whole(edition, reported.reportedVariable(), 0);
    long earlierPassed = reported.passedVariable() == null ? 0 : Vars.whole(edition, reported.passedVariable(), 0);
    Tally counted = tally.expect(editionKey, reported, expected, earlierReported, earlierPassed);
    edition.getProcessInstance().setVariables(counters(reported, counted));
  }

  /**
   * Counts entry {@code entryKey}'s report of {@code stage} at the end of this transaction
   * ({@link EditionTally#report}); when it is the last one the edition waits for, copies the tally into the edition's
   * counters there, which lets the edition's wait continue (in this transaction, through a command of its own: the
   * report's job has flushed by then).
   */
  public void reported(ProcessEngineServices engine, HistoricProcessInstance edition, ReportedStage stage,
      String entryKey, boolean passed) {
    String editionId = edition.getId();
    // taken now: a delegate's view of the engine may need the job's command context, closed by the time it counts
    RuntimeService runtime = engine.getRuntimeService();
    tally.report(edition.getBusinessKey(), stage, entryKey, passed,
        counted -> runtime.setVariables(editionId, counters(stage, counted)));
  }

  /**
   * The running edition instance of {@code editionKey} (the one unfinished instance of an edition process with that
   * business key). Read from history, so that no runtime entity of the edition is cached in this transaction before
   * a report of an edition deployed earlier takes the {@link EditionLock}.
   */
  public static HistoricProcessInstance edition(ProcessEngineServices engine, String editionKey) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(editionKey)
        .unfinished().list().stream()
        .filter(instance -> instance.getProcessDefinitionKey().startsWith(Processes.EDITION))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No running edition " + editionKey));
  }

  private static Map<String, Object> counters(ReportedStage stage, Tally counted) {
    Map<String, Object> counters = new HashMap<>();
    counters.put(stage.reportedVariable(), counted.reported());
    if (stage.passedVariable() != null) {
      counters.put(stage.passedVariable(), counted.passed());
    }
    return counters;
  }
}
