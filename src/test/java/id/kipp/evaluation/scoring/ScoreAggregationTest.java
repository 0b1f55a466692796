package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.scoring.DefaultRubric.INNOVATION;
import static id.kipp.evaluation.scoring.DefaultRubric.PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreAggregationTest {

  private final Rubric rubric = DefaultRubric.rubric();

  // juror 1: innovation 80,70,90,60,100 (mean 80), performance 50,60,70,80,90 (mean 70) -> 0.75*80 + 0.25*70 = 77.5
  private final Map<String, Double> juror1 = DefaultRubric.exampleScores();
  // juror 2: innovation all 90 (mean 90), performance all 60 (mean 60) -> 67.5 + 15 = 82.5
  private final Map<String, Double> juror2 = DefaultRubric.scores(90, 90, 90, 90, 90, 60, 60, 60, 60, 60);
  // juror 3: innovation 70,75,80,85,90 (400/5 = 80), performance all 100 -> 60 + 25 = 85.0
  private final Map<String, Double> juror3 = DefaultRubric.scores(70, 75, 80, 85, 90, 100, 100, 100, 100, 100);

  private List<JurorEvaluation> evaluations() {
    return List.of(evaluation("juri1", juror1), evaluation("juri2", juror2), evaluation("juri3", juror3));
  }

  private JurorEvaluation evaluation(String juror, Map<String, Double> scores) {
    return new JurorEvaluation("MALANG-2019", "MALANG-2019-0001", JurorEvaluation.DESK, juror, rubric.total(scores),
        scores, null, "task-" + juror, Instant.parse("2019-06-20T03:00:00Z"));
  }

  @Test
  void jurorTotalsAreTheHandComputedOnes() {
    assertThat(evaluations()).extracting(JurorEvaluation::total).containsExactly(77.5, 82.5, 85.0);
  }

  @Test
  void meanTotalOverThreeJurors() {
    // (77.5 + 82.5 + 85.0) / 3 = 245 / 3 = 81.6666... -> 81.6667
    assertThat(ScoreAggregation.meanTotal(evaluations())).isEqualTo(81.6667);
  }

  @Test
  void meanSectionScoreOverThreeJurors() {
    // innovation: (80 + 90 + 80) / 3 = 250 / 3 = 83.3333...
    assertThat(ScoreAggregation.meanSectionScore(rubric, INNOVATION, evaluations())).isEqualTo(83.3333);
    // performance: (70 + 60 + 100) / 3 = 230 / 3 = 76.6666... -> 76.6667
    assertThat(ScoreAggregation.meanSectionScore(rubric, PERFORMANCE, evaluations())).isEqualTo(76.6667);
  }

  @Test
  void singleJurorGivesTheirOwnScores() {
    List<JurorEvaluation> one = List.of(evaluation("juri1", juror1));
    assertThat(ScoreAggregation.meanTotal(one)).isEqualTo(77.5);
    assertThat(ScoreAggregation.meanSectionScore(rubric, INNOVATION, one)).isEqualTo(80.0);
  }

  @Test
  void meanUsesTheStoredTotals() {
    // presentation evaluations carry only a total: (90 + 85 + 71) / 3 = 246 / 3 = 82.0
    List<JurorEvaluation> presentation = List.of(
        new JurorEvaluation("MALANG-2019", "MALANG-2019-0001", JurorEvaluation.PRESENTATION, "juri1", 90, Map.of(),
            null, "t1", Instant.EPOCH),
        new JurorEvaluation("MALANG-2019", "MALANG-2019-0001", JurorEvaluation.PRESENTATION, "juri2", 85, Map.of(),
            null, "t2", Instant.EPOCH),
        new JurorEvaluation("MALANG-2019", "MALANG-2019-0001", JurorEvaluation.PRESENTATION, "juri3", 71, Map.of(),
            null, "t3", Instant.EPOCH));
    assertThat(ScoreAggregation.meanTotal(presentation)).isEqualTo(82.0);
  }

  @Test
  void noEvaluationIsRefused() {
    assertThatThrownBy(() -> ScoreAggregation.meanTotal(List.of())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ScoreAggregation.meanSectionScore(rubric, INNOVATION, List.of()))
        .isInstanceOf(IllegalStateException.class);
  }
}
