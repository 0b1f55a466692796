package id.kipp.evaluation.ranking;

import id.kipp.evaluation.scoring.Criterion;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.evaluation.scoring.Rubric;
import id.kipp.evaluation.scoring.RubricService;
import id.kipp.shared.FormLines;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of "Tetapkan konsensus penilaian": a note on how the disagreements were settled is required; optional
 * consensus scores, one per line ({@code MALANG-2019-0007: 78.5}), replace those entries' desk scores in the ranking;
 * each must name an entry flagged for disagreement in this edition (table {@code desk_result}). The scores are
 * recorded there with who set them and when ({@link DeskResults#setConsensus}); nothing reads them from the task.
 */
@Component("consensusValidator")
public class ConsensusValidator implements TaskListener {

  private final DeskResults deskResults;

  public ConsensusValidator(DeskResults deskResults) {
    this.deskResults = deskResults;
  }

  private static final Pattern LINE = Pattern.compile("\\s*([^:\\s]+)\\s*:\\s*([0-9]+(?:[.,][0-9]+)?)\\s*");

  @Override
  public void notify(DelegateTask task) {
    List<String> problems = new ArrayList<>();
    Object note = task.getVariable("consensusNote");
    if (note == null || note.toString().isBlank()) {
      problems.add("Tuliskan hasil rapat konsensus juri (catatan konsensus).");
    }
    Rubric rubric = new RubricService(task.getProcessEngineServices().getDecisionService()).forScope(task);
    double min = rubric.criteria().stream().mapToDouble(Criterion::minScore).min().orElse(0);
    double max = rubric.criteria().stream().mapToDouble(Criterion::maxScore).max().orElse(100);
    Map<String, Double> scores = parse(task.getVariable("consensusScores"), min, max, problems);
    String editionKey = (String) task.getVariable("editionKey");
    List<String> allowed = deskResults.flagged(editionKey).stream().map(DeskResult::entryKey).toList();
    scores.keySet().stream().filter(key -> !allowed.contains(key)).forEach(key -> problems.add(
        "Inovasi " + key + " tidak termasuk inovasi yang ditandai berbeda penilaian pada edisi ini; "
            + "nilai konsensus hanya untuk inovasi yang ditandai."));
    RuleViolation.throwIfAny(problems);
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    deskResults.setConsensus(editionKey, scores, user != null ? user.getUserId() : task.getAssignee());
  }

  static Map<String, Double> parse(Object raw, double min, double max, List<String> problems) {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (FormLines.Line line : FormLines.parse(raw, LINE, "MALANG-2019-0007: 78.5", problems)) {
      double score = Double.parseDouble(line.group(2).replace(',', '.'));
      if (score < min || score > max) {
        problems.add("Baris " + line.number() + ": nilai konsensus harus " + (long) min + " sampai " + (long) max + ".");
      } else {
        scores.put(line.group(1), Rubric.round(score));
      }
    }
    return scores;
  }
}
