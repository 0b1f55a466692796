package id.kipp.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Median aggregation, per-juror normalisation and disagreement flags, against hand-computed numbers. */
class JuryStatisticsTest {

  private static JurorEvaluation desk(String entry, String juror, double total) {
    return new JurorEvaluation("UJI-2030", entry, JurorEvaluation.DESK, juror, total, Map.of(), null, null, Instant.EPOCH);
  }

  @Test
  void medianOfOddAndEvenCounts() {
    assertThat(Aggregation.MEDIAN.of(List.of(70.0, 90.0, 40.0))).isEqualTo(70.0);
    // even count: mean of the two middle values (60 + 70) / 2
    assertThat(Aggregation.MEDIAN.of(List.of(90.0, 60.0, 70.0, 10.0))).isEqualTo(65.0);
    assertThat(Aggregation.MEAN.of(List.of(90.0, 60.0, 70.0, 10.0))).isEqualTo(57.5);
  }

  @Test
  void normalisationRescalesEachJurorToTheEditionsSpread() {
    // juror A: X 80, Y 60 (mean 70, sd 10) → z(X) = +1, z(Y) = -1
    // juror B: X 70, Y 50 (mean 60, sd 10) → z(X) = +1, z(Y) = -1
    // all totals 80, 60, 70, 50: mean 65, population sd sqrt(125) = 11.1803
    // X → 65 + 11.1803 = 76.1803 for both jurors; Y → 65 - 11.1803 = 53.8197
    Map<String, Map<String, Double>> normalised = Normalisation.normalise(List.of(
        desk("X", "a", 80), desk("Y", "a", 60), desk("X", "b", 70), desk("Y", "b", 50)), 0, 100);
    assertThat(normalised.get("X")).containsEntry("a", 76.1803).containsEntry("b", 76.1803);
    assertThat(normalised.get("Y")).containsEntry("a", 53.8197).containsEntry("b", 53.8197);
  }

  @Test
  void jurorWithOneEvaluationOrConstantTotalsKeepsRawScores() {
    Map<String, Map<String, Double>> normalised = Normalisation.normalise(List.of(
        desk("X", "a", 80), desk("Y", "b", 75), desk("Z", "b", 75)), 0, 100);
    assertThat(normalised.get("X")).containsEntry("a", 80.0);
    assertThat(normalised.get("Y")).containsEntry("b", 75.0);
  }

  @Test
  void normalisedScoresStayWithinTheScale() {
    // juror a: 100 and 0 → z ±1; all totals 100, 0, 50, 50 → mean 50, sd 35.3553 → 85.3553 and 14.6447
    Map<String, Map<String, Double>> normalised = Normalisation.normalise(List.of(
        desk("X", "a", 100), desk("Y", "a", 0), desk("X", "b", 50), desk("Y", "b", 50)), 0, 100);
    assertThat(normalised.get("X").get("a")).isCloseTo(85.3553, within(0.0001));
    assertThat(normalised.get("Y").get("a")).isCloseTo(14.6447, within(0.0001));
  }

  @Test
  void disagreementOnTotalAndOnOneCriterion() {
    Rubric rubric = new Rubric(DefaultRubric.criteria());
    ScoringRules rules = new ScoringRules(Aggregation.MEAN, false, 20, 30, null);
    Map<String, Double> first = new HashMap<>();
    Map<String, Double> second = new HashMap<>();
    for (String code : DefaultRubric.codes()) {
      first.put(code, 70.0);
      second.put(code, 70.0);
    }
    second.put("impact", 100.0); // one criterion 30 apart: not beyond 30
    JurorEvaluation a = new JurorEvaluation("UJI-2030", "X", "DESK", "a", rubric.total(first), first, null, null, Instant.EPOCH);
    JurorEvaluation b = new JurorEvaluation("UJI-2030", "X", "DESK", "b", rubric.total(second), second, null, null, Instant.EPOCH);
    assertThat(Disagreement.find(List.of(a, b), rubric, rules)).isEmpty();

    second.put("impact", 0.0); // 70 apart on Dampak; totals 70 and 59.5 (0.75 x 56 + 0.25 x 70), 10.5 apart
    JurorEvaluation c = new JurorEvaluation("UJI-2030", "X", "DESK", "c", rubric.total(second), second, null, null, Instant.EPOCH);
    assertThat(Disagreement.find(List.of(a, c), rubric, rules))
        .containsExactly("kriteria Dampak Sebelum dan Sesudah: selisih 70,00 (batas 30,00)");
    assertThat(Disagreement.find(List.of(a, c), rubric, new ScoringRules(Aggregation.MEAN, false, 10, 80, null)))
        .containsExactly("selisih nilai total antarjuri 10,50 (batas 10,00)");
    assertThat(Disagreement.find(List.of(a), rubric, rules)).isEmpty();
  }
}
