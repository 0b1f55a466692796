package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.DISAGREEMENT_SUMMARY;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.HAS_DISAGREEMENTS;

import id.kipp.shared.Bahasa;
import id.kipp.edition.EditionEntries;
import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.shared.FormRows;
import id.kipp.shared.Markdown;
import id.kipp.shared.Processes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Periksa perbedaan penilaian juri": lists the entries whose jurors disagreed beyond the thresholds of DMN
 * {@code aturan-penilaian} (their {@code desk_result} rows); when there are any, the secretariat settles them in
 * "Tetapkan konsensus penilaian" before the finalists are set; the flagged entries are the choices of that form's
 * score rows ({@code consensusEntryOptions}).
 */
@Component("disagreementReviewDelegate")
public class DisagreementReviewDelegate implements JavaDelegate {

  private final EditionDeskResults deskResults;

  public DisagreementReviewDelegate(EditionDeskResults deskResults) {
    this.deskResults = deskResults;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<WaitingEntry> waiting = new EditionEntries(execution.getProcessEngineServices())
        .waitingFor((String) execution.getVariable(EDITION_KEY), Processes.FINALISTS_DECIDED, "title", "group");
    Map<String, DeskResult> results = deskResults.of(execution, waiting);
    List<WaitingEntry> flagged = waiting.stream().filter(entry -> results.get(entry.entryKey()).disagreement()).toList();
    execution.setVariable(HAS_DISAGREEMENTS, !flagged.isEmpty());
    if (flagged.isEmpty()) {
      execution.setVariable(DISAGREEMENT_SUMMARY, null);
      return;
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (WaitingEntry entry : flagged) {
      Object title = entry.get("title");
      options.put(entry.entryKey(), title == null ? entry.entryKey() : entry.entryKey() + " — " + title);
    }
    execution.setVariable(ConsensusValidator.ENTRY_OPTIONS, FormRows.options(options));
    execution.setVariable(ConsensusValidator.SCORES, FormRows.empty());
    StringBuilder text = new StringBuilder("| Kode | Nilai proposal | Perbedaan | Kelompok | Judul inovasi |\n|---|---|---|---|---|\n");
    for (WaitingEntry entry : flagged) {
      DeskResult result = results.get(entry.entryKey());
      text.append("| ").append(entry.entryKey()).append(" | ").append(Bahasa.score(result.deskScore())).append(" | ")
          .append(Markdown.cell(result.disagreementFindings())).append(" | ").append(Markdown.cell(entry.get("group")))
          .append(" | ").append(Markdown.cell(entry.get("title"))).append(" |\n");
    }
    // a String variable holds at most Markdown.MAX_VARIABLE_TEXT characters
    execution.setVariable(DISAGREEMENT_SUMMARY, Markdown.fitted(text.toString(), "_Daftar dipotong: " + flagged.size()
        + " inovasi ditandai; nilai setiap juri ada di scores.csv edisi ini._"));
  }
}
