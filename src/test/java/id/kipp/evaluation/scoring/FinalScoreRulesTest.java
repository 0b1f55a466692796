package id.kipp.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FinalScoreRulesTest {

  private final FinalScoreRules seventyThirty = new FinalScoreRules(70, 30, 0, 100);

  @Test
  void seventyThirtyExample() {
    // (70*80 + 30*90) / 100 = (5600 + 2700) / 100 = 83.0
    assertThat(seventyThirty.finalScore(80, 90)).isEqualTo(83.0);
    // (70*77.5 + 30*60) / 100 = (5425 + 1800) / 100 = 72.25
    assertThat(seventyThirty.finalScore(77.5, 60)).isEqualTo(72.25);
    // (70*81.6667 + 30*88) / 100 = (5716.669 + 2640) / 100 = 83.56669 -> 83.5667
    assertThat(seventyThirty.finalScore(81.6667, 88)).isEqualTo(83.5667);
  }

  @Test
  void weightsNotSummingToHundredGiveAWeightedMean() {
    // (2*80 + 1*90) / 3 = 250 / 3 = 83.3333...
    assertThat(new FinalScoreRules(2, 1, 0, 100).finalScore(80, 90)).isEqualTo(83.3333);
    // (7*80 + 3*90) / 10 = 830 / 10 = 83.0, same as 70/30
    assertThat(new FinalScoreRules(7, 3, 0, 100).finalScore(80, 90)).isEqualTo(83.0);
  }

  @Test
  void aZeroWeightIgnoresThatScore() {
    assertThat(new FinalScoreRules(0, 1, 0, 100).finalScore(80, 90)).isEqualTo(90.0);
    assertThat(new FinalScoreRules(1, 0, 0, 100).finalScore(80, 90)).isEqualTo(80.0);
  }

  @Test
  void invalidWeightsAreRejected() {
    assertThatThrownBy(() -> new FinalScoreRules(-1, 30, 0, 100)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new FinalScoreRules(70, -30, 0, 100)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new FinalScoreRules(0, 0, 0, 100)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void emptyPresentationScaleIsRejected() {
    assertThatThrownBy(() -> new FinalScoreRules(70, 30, 100, 100)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new FinalScoreRules(70, 30, 100, 0)).isInstanceOf(IllegalStateException.class);
  }
}
