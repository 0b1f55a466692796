package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.scoring.DefaultRubric.INNOVATION;
import static id.kipp.evaluation.scoring.DefaultRubric.PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RubricTest {

  private final Rubric rubric = DefaultRubric.rubric();

  @Test
  void defaultRubricHasTenCriteriaInTwoSections() {
    assertThat(rubric.criteria()).hasSize(10);
    assertThat(rubric.sections()).containsExactly(INNOVATION, PERFORMANCE);
    assertThat(rubric.criteria().get(0).variableName()).isEqualTo("problemAnalysisScore");
    assertThat(rubric.criteria().get(9).variableName()).isEqualTo("informationSystemScore");
  }

  @Test
  void totalOfTheWorkedExample() {
    Map<String, Double> scores = DefaultRubric.exampleScores();
    // innovation: (80+70+90+60+100)/5 = 400/5 = 80
    assertThat(rubric.sectionScore(INNOVATION, scores)).isEqualTo(80.0);
    // performance: (50+60+70+80+90)/5 = 350/5 = 70
    assertThat(rubric.sectionScore(PERFORMANCE, scores)).isEqualTo(70.0);
    // total: (75*80 + 25*70) / 100 = (6000 + 1750) / 100 = 77.5
    assertThat(rubric.total(scores)).isEqualTo(77.5);
  }

  @Test
  void extremesGiveZeroAndHundred() {
    assertThat(rubric.total(DefaultRubric.scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0))).isEqualTo(0.0);
    assertThat(rubric.total(DefaultRubric.scores(100, 100, 100, 100, 100, 100, 100, 100, 100, 100))).isEqualTo(100.0);
    // only the performance section at 100: 25*100/100 = 25
    assertThat(rubric.total(DefaultRubric.scores(0, 0, 0, 0, 0, 100, 100, 100, 100, 100))).isEqualTo(25.0);
  }

  @Test
  void unequalCriterionWeightsGiveAWeightedMeanWithinTheSection() {
    // innovation criterion weights 3,1,1,1,4 (sum 10); performance weights stay 1
    double[] innovationWeights = {3, 1, 1, 1, 4};
    List<Criterion> criteria = new ArrayList<>();
    for (Criterion c : DefaultRubric.criteria()) {
      int i = DefaultRubric.INNOVATION_CODES.indexOf(c.code());
      double weight = i >= 0 ? innovationWeights[i] : 1;
      criteria.add(new Criterion(c.code(), c.name(), c.section(), c.sectionName(), c.sectionWeight(), weight,
          c.minScore(), c.maxScore()));
    }
    Rubric weighted = new Rubric(criteria);
    Map<String, Double> scores = DefaultRubric.exampleScores();
    // innovation: (3*80 + 1*70 + 1*90 + 1*60 + 4*100) / 10 = (240+70+90+60+400)/10 = 860/10 = 86
    assertThat(weighted.sectionScore(INNOVATION, scores)).isEqualTo(86.0);
    // performance unchanged: 70
    assertThat(weighted.sectionScore(PERFORMANCE, scores)).isEqualTo(70.0);
    // total: (75*86 + 25*70)/100 = (6450 + 1750)/100 = 82.0
    assertThat(weighted.total(scores)).isEqualTo(82.0);
  }

  @Test
  void sectionWeightsNeedNotSumToHundred() {
    // section weights 2 and 1: total = (2*80 + 1*70)/3 = 230/3 = 76.6666... -> 76.6667
    List<Criterion> criteria = DefaultRubric.criteria().stream()
        .map(c -> new Criterion(c.code(), c.name(), c.section(), c.sectionName(),
            c.section().equals(INNOVATION) ? 2 : 1, c.weight(), c.minScore(), c.maxScore()))
        .toList();
    assertThat(new Rubric(criteria).total(DefaultRubric.exampleScores())).isEqualTo(76.6667);
  }

  @Test
  void totalIsRoundedHalfUpToFourDecimals() {
    // one section, criteria weights 31 and 1, scores 100 and 1: (3100 + 1)/32 = 96.90625 -> 96.9063 (half up)
    Rubric rubric = new Rubric(List.of(
        new Criterion("a", "A", "S", "Bagian", 1, 31, 0, 100),
        new Criterion("b", "B", "S", "Bagian", 1, 1, 0, 100)));
    assertThat(rubric.sectionScore("S", Map.of("a", 100.0, "b", 1.0))).isEqualTo(96.90625);
    assertThat(rubric.total(Map.of("a", 100.0, "b", 1.0))).isEqualTo(96.9063);
    // scores 0 and 1: 1/32 = 0.03125 -> 0.0313
    assertThat(rubric.total(Map.of("a", 0.0, "b", 1.0))).isEqualTo(0.0313);
    // 1/3 -> 0.3333, 2/3 -> 0.6667, 12.34564 -> 12.3456
    assertThat(Rubric.round(1.0 / 3)).isEqualTo(0.3333);
    assertThat(Rubric.round(2.0 / 3)).isEqualTo(0.6667);
    assertThat(Rubric.round(12.34564)).isEqualTo(12.3456);
  }

  @Test
  void sectionScoreOfAnUnknownSectionIsRefused() {
    assertThatThrownBy(() -> rubric.sectionScore("PRESENTATION", DefaultRubric.exampleScores()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void readScoresAcceptsIntegerLongDoubleAndNumericStrings() {
    Map<String, Object> submitted = new HashMap<>();
    List<String> codes = DefaultRubric.codes();
    Object[] values = {80, 70L, "90", " 60 ", 100.0, 0, 60L, "70", 80, 90L};
    for (int i = 0; i < 10; i++) {
      submitted.put(codes.get(i) + "Score", values[i]);
    }
    Map<String, Double> scores = rubric.readScores(submitted::get);
    assertThat(scores).containsExactly(
        entry("problemAnalysis", 80.0), entry("strategicApproach", 70.0), entry("implementation", 90.0),
        entry("impact", 60.0), entry("sustainability", 100.0), entry("serviceStandard", 0.0),
        entry("serviceCharter", 60.0), entry("satisfactionSurvey", 70.0), entry("complaintHandling", 80.0),
        entry("informationSystem", 90.0));
    // innovation (80+70+90+60+100)/5 = 80; performance (0+60+70+80+90)/5 = 60; total 0.75*80 + 0.25*60 = 75
    assertThat(rubric.total(scores)).isEqualTo(75.0);
  }

  @Test
  void readScoresListsEveryProblemInOneViolation() {
    Map<String, Object> submitted = new HashMap<>();
    for (String code : DefaultRubric.codes()) {
      submitted.put(code + "Score", 50L);
    }
    submitted.remove("problemAnalysisScore");         // missing
    submitted.put("strategicApproachScore", "   ");    // blank
    submitted.put("implementationScore", 85.5);       // not whole
    submitted.put("impactScore", "85.5");             // not whole, as text
    submitted.put("sustainabilityScore", -1L);        // below scale
    submitted.put("serviceStandardScore", 101);       // above scale
    submitted.put("serviceCharterScore", "delapan");  // not a number

    RuleViolation violation = catchThrowableOfType(() -> rubric.readScores(submitted::get), RuleViolation.class);

    assertThat(violation).isNotNull();
    assertThat(violation.problems()).containsExactly(
        "Nilai \"Analisa Masalah\" wajib diisi.",
        "Nilai \"Pendekatan Strategis\" wajib diisi.",
        "Nilai \"Pelaksanaan dan Penerapan\" harus bilangan bulat 0 sampai 100.",
        "Nilai \"Dampak Sebelum dan Sesudah\" harus bilangan bulat 0 sampai 100.",
        "Nilai \"Keberlanjutan\" harus bilangan bulat 0 sampai 100.",
        "Nilai \"Standar Pelayanan\" harus bilangan bulat 0 sampai 100.",
        "Nilai \"Maklumat Pelayanan\" harus bilangan bulat 0 sampai 100.");
    assertThat(violation.getMessage())
        .startsWith("Nilai \"Analisa Masalah\" wajib diisi. Nilai \"Pendekatan Strategis\" wajib diisi.")
        .endsWith("Nilai \"Maklumat Pelayanan\" harus bilangan bulat 0 sampai 100.")
        .doesNotContain("Sistem Informasi Pelayanan Publik");
  }

  @Test
  void readScoresAcceptsTheBoundsOfTheScale() {
    Map<String, Object> submitted = new HashMap<>();
    for (String code : DefaultRubric.codes()) {
      submitted.put(code + "Score", code.startsWith("s") ? 0L : 100L);
    }
    assertThat(rubric.readScores(submitted::get)).hasSize(10).containsEntry("strategicApproach", 0.0)
        .containsEntry("problemAnalysis", 100.0);
  }

  @Test
  void readScoresWithNothingSubmittedReportsAllTenCriteria() {
    RuleViolation violation = catchThrowableOfType(() -> rubric.readScores(name -> null), RuleViolation.class);
    assertThat(violation.problems()).hasSize(10).allSatisfy(problem -> assertThat(problem).endsWith("wajib diisi."));
  }

  @Test
  void constructorRefusesAnEmptyRubric() {
    assertThatThrownBy(() -> new Rubric(List.of())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void constructorRefusesTwoWeightsForOneSection() {
    List<Criterion> criteria = new ArrayList<>(DefaultRubric.criteria());
    Criterion last = criteria.remove(9);
    criteria.add(new Criterion(last.code(), last.name(), PERFORMANCE, last.sectionName(), 30, 1, 0, 100));
    assertThatThrownBy(() -> new Rubric(criteria))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PERFORMANCE");
  }

  @Test
  void constructorRefusesNonPositiveWeightsAndEmptyScales() {
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", 1, 0, 0, 100))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("a");
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", 1, -2, 0, 100))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", 0, 1, 0, 100))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", -75, 1, 0, 100))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", 1, 1, 100, 100))))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new Rubric(List.of(new Criterion("a", "A", "S", "Bagian", 1, 1, 100, 0))))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void criteriaListIsACopy() {
    List<Criterion> criteria = new ArrayList<>(DefaultRubric.criteria());
    Rubric rubric = new Rubric(criteria);
    criteria.clear();
    assertThat(rubric.criteria()).hasSize(10);
    assertThatThrownBy(() -> rubric.criteria().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
