package id.kipp.evaluation.scoring;

import static id.kipp.evaluation.scoring.DefaultRubric.INNOVATION;
import static id.kipp.evaluation.scoring.DefaultRubric.PERFORMANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DMN tables as deployed, evaluated by an in-memory engine (src/test/resources/dmn-test.camunda.cfg.xml). */
@Deployment(resources = {"processes/rubrik-penilaian.dmn", "processes/nilai-akhir.dmn", "processes/aturan-penilaian.dmn"})
class ScoringDecisionTablesTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("dmn-test.camunda.cfg.xml").build();

  ProcessEngine engine;

  @Test
  void rubricDecisionReturnsTheTenDefaultRows() {
    DmnDecisionResult result = engine.getDecisionService().evaluateDecisionByKey(RubricService.DECISION_KEY)
        .variables(Map.of("editionKey", "MALANG-2019")).evaluate();

    assertThat(result.getResultList()).hasSize(10);
    assertThat(result.collectEntries("criterion")).containsExactlyElementsOf(DefaultRubric.codes());
    assertThat(result.collectEntries("criterionName")).containsExactlyElementsOf(DefaultRubric.NAMES);
    assertThat(result.<String>collectEntries("section"))
        .containsExactly(INNOVATION, INNOVATION, INNOVATION, INNOVATION, INNOVATION,
            PERFORMANCE, PERFORMANCE, PERFORMANCE, PERFORMANCE, PERFORMANCE);
    assertThat(result.<Double>collectEntries("sectionWeight"))
        .containsExactly(75.0, 75.0, 75.0, 75.0, 75.0, 25.0, 25.0, 25.0, 25.0, 25.0);
    assertThat(result.<Double>collectEntries("criterionWeight")).hasSize(10).containsOnly(1.0);
    assertThat(result.<Integer>collectEntries("minScore")).hasSize(10).containsOnly(0);
    assertThat(result.<Integer>collectEntries("maxScore")).hasSize(10).containsOnly(100);
  }

  @Test
  void rubricServiceBuildsTheDefaultRubric() {
    Rubric rubric = new RubricService(engine.getDecisionService()).forEdition("MALANG-2019");

    assertThat(rubric.criteria()).containsExactlyElementsOf(DefaultRubric.criteria());
    assertThat(rubric.sections()).containsExactly(INNOVATION, PERFORMANCE);
    // 0.75*80 + 0.25*70 = 60 + 17.5 = 77.5
    assertThat(rubric.total(DefaultRubric.exampleScores())).isEqualTo(77.5);
  }

  @Test
  void rubricRowsApplyToAnyEdition() {
    assertThat(new RubricService(engine.getDecisionService()).forEdition("SURABAYA-2020").criteria()).hasSize(10);
    assertThat(new RubricService(engine.getDecisionService()).forEdition(null).criteria()).hasSize(10);
  }

  @Test
  void finalScoreDecisionGivesSeventyThirtyOnAHundredPointScale() {
    FinalScoreRules rules = FinalScoreRules.forEdition(engine.getDecisionService(), "MALANG-2019");

    assertThat(rules).isEqualTo(new FinalScoreRules(70, 30, 0, 100));
    assertThat(rules.deskWeight()).isEqualTo(70.0);
    assertThat(rules.presentationWeight()).isEqualTo(30.0);
    assertThat(rules.presentationMin()).isEqualTo(0.0);
    assertThat(rules.presentationMax()).isEqualTo(100.0);
    // (70*80 + 30*90) / 100 = 83.0
    assertThat(rules.finalScore(80, 90)).isEqualTo(83.0);
  }

  @Test
  void allDecisionsAreDeployed() {
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().list())
        .extracting(definition -> definition.getKey())
        .containsExactlyInAnyOrderElementsOf(
            List.of(RubricService.DECISION_KEY, FinalScoreRules.DECISION_KEY, ScoringRules.DECISION_KEY));
  }

  @Test
  void scoringRulesDefaultToMeanWithoutNormalisationOrPassingGrade() {
    ScoringRules rules = ScoringRules.forEdition(engine.getDecisionService(), "MALANG-2019");
    assertThat(rules).isEqualTo(new ScoringRules(Aggregation.MEAN, false, 20.0, 30.0, null));
  }
}
