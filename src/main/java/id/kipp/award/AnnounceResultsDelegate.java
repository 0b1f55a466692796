package id.kipp.award;

import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.shared.EditionPublished;
import id.kipp.shared.Processes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Umumkan hasil kepada peserta": delivers the ranking exactly as the Pimpinan approved it (table
 * {@code final_standing}) to every finalist, which then ends as "Pemenang" or "Finalis" ({@code winner},
 * {@code finalRank}, {@code finalScore}: copies for the entry, never read back); then tells the application the edition
 * is published ({@link EditionPublished}).
 */
@Component("announceResultsDelegate")
public class AnnounceResultsDelegate implements JavaDelegate {

  private final ApplicationEventPublisher events;
  private final FinalStandings standings;

  public AnnounceResultsDelegate(ApplicationEventPublisher events, FinalStandings standings) {
    this.events = events;
    this.standings = standings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable("editionKey");
    EditionEntries entries = new EditionEntries(execution.getProcessEngineServices());
    Map<String, WaitingEntry> waiting = entries.waitingFor(editionKey, Processes.AWARD_DECIDED).stream()
        .collect(Collectors.toMap(WaitingEntry::entryKey, entry -> entry));
    List<FinalStanding> ranking = standings.of(editionKey);
    if (ranking.isEmpty() && !waiting.isEmpty()) {
      // an edition whose ranking was computed before table final_standing existed
      throw new IllegalStateException("Peringkat akhir edisi " + editionKey + " belum tersimpan. Ulangi langkah "
          + "\"Hitung peringkat akhir dan usulan pemenang\" di Cockpit, lalu penetapan oleh pimpinan.");
    }
    for (FinalStanding standing : ranking) {
      WaitingEntry entry = waiting.get(standing.entryKey());
      if (entry == null) {
        throw new IllegalStateException("Finalist " + standing.entryKey() + " is not waiting for the award");
      }
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("winner", standing.winner());
      variables.put("finalRank", (long) standing.rank());
      variables.put("finalScore", standing.finalScore());
      entries.deliver(entry, Processes.AWARD_DECIDED, variables);
    }
    execution.setVariable("announcedCount", (long) ranking.size());
    events.publishEvent(new EditionPublished(editionKey, execution.getProcessInstanceId()));
  }
}
