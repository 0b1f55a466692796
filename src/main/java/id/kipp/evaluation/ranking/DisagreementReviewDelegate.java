package id.kipp.evaluation.ranking;

import id.kipp.shared.Markdown;
import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Periksa perbedaan penilaian juri": lists the entries whose jurors disagreed beyond the thresholds of DMN
 * {@code aturan-penilaian}; when there are any, the secretariat settles them in "Tetapkan konsensus penilaian"
 * before the finalists are set.
 */
@Component("disagreementReviewDelegate")
public class DisagreementReviewDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    List<WaitingEntry> flagged = new EditionEntries(execution.getProcessEngineServices())
        .waitingFor((String) execution.getVariable("editionKey"), Processes.FINALISTS_DECIDED,
            "disagreement", "disagreementFindings", "deskScore", "title", "group").stream()
        .filter(entry -> Vars.flag(entry.get("disagreement")))
        .toList();
    execution.setVariable("hasDisagreements", !flagged.isEmpty());
    // the entries a consensus score may name (ConsensusValidator)
    execution.setVariable("flaggedEntries", Vars.jsonList(flagged.stream().map(WaitingEntry::entryKey).toList()));
    if (flagged.isEmpty()) {
      execution.setVariable("disagreementSummary", null);
      return;
    }
    StringBuilder text = new StringBuilder("| Kode | Nilai proposal | Perbedaan | Kelompok | Judul inovasi |\n|---|---|---|---|---|\n");
    for (WaitingEntry entry : flagged) {
      text.append(String.format(Markdown.INDONESIAN, "| %s | %.2f | %s | %s | %s |%n", entry.entryKey(),
          Vars.decimal(entry.get("deskScore")), Markdown.cell(entry.get("disagreementFindings")),
          Markdown.cell(entry.get("group")), Markdown.cell(entry.get("title"))));
    }
    // a String variable holds at most Markdown.MAX_VARIABLE_TEXT characters
    execution.setVariable("disagreementSummary", Markdown.fitted(text.toString(), "_Daftar dipotong: " + flagged.size()
        + " inovasi ditandai; nilai setiap juri ada di scores.csv edisi ini._"));
  }

}
