package id.kipp.reporting;

import id.kipp.evaluation.scoring.Criterion;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.evaluation.scoring.RubricService;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every score the jurors gave in one edition (tables {@code evaluation} and {@code evaluation_score}, read-only, one
 * query): one row per entry, juror and criterion of the desk evaluation and of the presentation (criterion
 * {@code presentation}).
 */
@Component
public class EvaluationScores {

  /** One juror's score for one criterion. */
  public record Score(String entryKey, String stage, String jurorId, String criterion, BigDecimal score,
      Instant submittedAt) {}

  private final JdbcTemplate jdbc;
  private final DecisionService decisions;

  public EvaluationScores(JdbcTemplate jdbc, DecisionService decisions) {
    this.jdbc = jdbc;
    this.decisions = decisions;
  }

  /**
   * Ordered by entry, stage (desk evaluation first), juror and criterion in the order of the edition's rubric (DMN
   * {@code rubrik-penilaian}; criteria no longer in it follow alphabetically).
   */
  public List<Score> ofEdition(String editionKey) {
    List<Score> scores = new ArrayList<>(jdbc.query(
        "SELECT e.entry_key, e.stage, e.juror_id, s.criterion, s.score, e.submitted_at"
            + " FROM evaluation e JOIN evaluation_score s ON s.evaluation_id = e.id WHERE e.edition_key = ?",
        (rs, row) -> new Score(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getBigDecimal(5), rs.getTimestamp(6).toInstant()),
        editionKey));
    if (scores.isEmpty()) {
      return scores;
    }
    Map<String, Integer> rubricOrder = new HashMap<>();
    List<Criterion> criteria = new RubricService(decisions).forEdition(editionKey).criteria();
    for (int i = 0; i < criteria.size(); i++) {
      rubricOrder.put(criteria.get(i).code(), i);
    }
    scores.sort(Comparator.comparing(Score::entryKey)
        .thenComparing(score -> stageOrder(score.stage()))
        .thenComparing(Score::stage)
        .thenComparing(Score::jurorId)
        .thenComparing(score -> rubricOrder.getOrDefault(score.criterion(), Integer.MAX_VALUE))
        .thenComparing(Score::criterion));
    return scores;
  }

  private static int stageOrder(String stage) {
    return switch (stage) {
      case JurorEvaluation.DESK -> 0;
      case JurorEvaluation.PRESENTATION -> 1;
      default -> 2;
    };
  }
}
