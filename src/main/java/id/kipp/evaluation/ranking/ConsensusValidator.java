package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.CONSENSUS_NOTE;
import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;

import id.kipp.evaluation.scoring.Criterion;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.evaluation.scoring.Rubric;
import id.kipp.evaluation.scoring.RubricService;
import id.kipp.shared.FormRows;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of "Tetapkan konsensus penilaian": a note on how the disagreements were settled is required; optional
 * consensus scores, rows of the dynamic list {@code consensusScoreRows} ({@code {entryKey, score}}), replace those
 * entries' desk scores in the ranking; each must name an entry flagged for disagreement in this edition (table
 * {@code desk_result}), once, with a score within the rubric's range. The scores are
 * recorded there with who set them and when ({@link DeskResults#setConsensus}); nothing reads them from the task.
 */
@Component("consensusValidator")
public class ConsensusValidator implements TaskListener {

  private final DeskResults deskResults;

  public ConsensusValidator(DeskResults deskResults) {
    this.deskResults = deskResults;
  }

  public static final String SCORES = "consensusScoreRows";
  public static final String ENTRY_OPTIONS = "consensusEntryOptions";
  static final String LABEL = "Nilai konsensus";

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Object note = task.getVariable(CONSENSUS_NOTE);
    if (note == null || note.toString().isBlank()) {
      problems.add("Tuliskan hasil rapat konsensus juri (catatan konsensus).");
    }
    Rubric rubric = new RubricService(task.getProcessEngineServices().getDecisionService()).forScope(task);
    double min = rubric.criteria().stream().mapToDouble(Criterion::minScore).min().orElse(0);
    double max = rubric.criteria().stream().mapToDouble(Criterion::maxScore).max().orElse(100);
    String editionKey = (String) task.getVariable(EDITION_KEY);
    List<String> allowed = deskResults.flagged(editionKey).stream().map(DeskResult::entryKey).toList();
    Map<String, Double> scores = read(task.getVariable(SCORES), allowed, min, max, problems);
    RuleViolation.throwIfAny(problems);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    deskResults.setConsensus(editionKey, scores, user != null ? user.getUserId() : task.getAssignee());
  }

  /**
   * The consensus scores of the rows ({@code {entryKey, score}}): each row names an entry of {@code allowed} once, with
   * a score from {@code min} to {@code max}; every wrong row is reported, naming it.
   */
  static Map<String, Double> read(Object rows, List<String> allowed, double min, double max, List<String> problems) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, Integer> rowOf = new HashMap<>();
    for (FormRows.Row row : FormRows.read(rows, LABEL, problems)) {
      String prefix = "Baris " + row.number() + " (" + LABEL + "): ";
      String key = row.text("entryKey");
      Double score = row.number("score");
      if (key == null || score == null) {
        problems.add(prefix + "pilih inovasi dan isi nilai konsensus, atau hapus baris itu.");
      } else if (!allowed.contains(key)) {
        problems.add(prefix + "inovasi " + key + " tidak termasuk inovasi yang ditandai berbeda penilaian pada edisi "
            + "ini; nilai konsensus hanya untuk inovasi yang ditandai.");
      } else if (rowOf.containsKey(key)) {
        problems.add(prefix + key + " sudah diberi nilai pada baris " + rowOf.get(key) + "; satu baris per inovasi.");
      } else if (!Double.isFinite(score) || score < min || score > max) {
        problems.add(prefix + "nilai konsensus harus " + (long) min + " sampai " + (long) max + ".");
      } else {
        rowOf.put(key, row.number());
        scores.put(key, Rubric.round(score));
      }
    }
    return scores;
  }
}
