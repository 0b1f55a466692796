package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import id.kipp.edition.WaitingEntry;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.evaluation.scoring.DeskScoring;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The desk results of an edition's waiting entries, from table {@code desk_result}. An entry that reported its desk
 * evaluation before that table existed (an edition running across the upgrade) has no row yet: its result is computed
 * from its jurors' evaluations, with the edition's pinned rules, and stored, exactly as "Hitung nilai proposal" does.
 */
@Component
public class EditionDeskResults {

  private final DeskResults results;
  private final DeskScoring scoring;

  public EditionDeskResults(DeskResults results, DeskScoring scoring) {
    this.results = results;
    this.scoring = scoring;
  }

  /** The desk result of every waiting entry, by entry key in the order of {@code waiting}. */
  public Map<String, DeskResult> of(DelegateExecution edition, List<WaitingEntry> waiting) {
    String editionKey = (String) edition.getVariable(EDITION_KEY);
    Map<String, DeskResult> stored = results.ofEdition(editionKey);
    Map<String, DeskResult> byKey = new LinkedHashMap<>();
    for (WaitingEntry entry : waiting) {
      DeskResult result = stored.get(entry.entryKey());
      if (result == null) {
        result = scoring.compute(entry.entryKey(), editionKey,
            edition.getProcessEngineServices().getDecisionService(), edition);
      }
      byKey.put(entry.entryKey(), result);
    }
    return byKey;
  }
}
