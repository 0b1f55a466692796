package id.kipp.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.testsupport.Forms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rubric a juror scores with and the forms a juror fills in must say the same thing: every criterion of DMN
 * {@code rubrik-penilaian} is a number field {@code <criterion>Score} of {@code forms/penilaian-proposal.form} with the
 * criterion's range, and no score field of the form is outside the rubric; the presentation score's field has the
 * range of DMN {@code nilai-akhir}. A criterion renamed in one place only fails here, naming the key.
 */
@Deployment(resources = {"processes/rubrik-penilaian.dmn", "processes/nilai-akhir.dmn"})
class RubricFormKeysTest {

  @RegisterExtension
  static ProcessEngineExtension extension =
      ProcessEngineExtension.builder().configurationResource("dmn-test.camunda.cfg.xml").build();

  ProcessEngine engine;

  @Test
  void everyRubricCriterionIsAScoreFieldOfTheProposalFormAndNothingElseIs() {
    Rubric rubric = new RubricService(engine.getDecisionService()).forEdition("");
    Map<String, JsonNode> fields = numberFields("forms/penilaian-proposal.form");

    assertThat(mismatches(rubric, fields)).as("rubric (processes/rubrik-penilaian.dmn) vs. "
        + "forms/penilaian-proposal.form").isEmpty();
  }

  @Test
  void theComparisonNamesAMissingAndAnExtraKey() {
    Rubric rubric = new RubricService(engine.getDecisionService()).forEdition("");
    Map<String, JsonNode> fields = numberFields("forms/penilaian-proposal.form");
    JsonNode renamed = fields.remove("impactScore");
    fields.put("effectScore", renamed);

    assertThat(mismatches(rubric, fields)).containsExactly(
        "criterion impact of the rubric has no number field impactScore in the form",
        "form field effectScore is a score but no criterion of the rubric");
  }

  @Test
  void thePresentationScoreFieldHasTheScaleOfTheFinalScoreTable() {
    FinalScoreRules rules = FinalScoreRules.forEdition(engine.getDecisionService(), "");
    JsonNode field = numberFields("forms/penilaian-presentasi.form").get("presentationScoreInput");

    assertThat(field).as("forms/penilaian-presentasi.form has the number field presentationScoreInput").isNotNull();
    assertThat(field.path("validate").path("min").asDouble(Double.NaN))
        .as("minimum of presentationScoreInput vs. nilai-akhir presentationMinScore").isEqualTo(rules.presentationMin());
    assertThat(field.path("validate").path("max").asDouble(Double.NaN))
        .as("maximum of presentationScoreInput vs. nilai-akhir presentationMaxScore").isEqualTo(rules.presentationMax());
  }

  /** Everything that differs between the rubric and the form's score fields, one sentence each. */
  static List<String> mismatches(Rubric rubric, Map<String, JsonNode> numberFields) {
    List<String> problems = new ArrayList<>();
    Set<String> expected = new TreeSet<>();
    for (Criterion criterion : rubric.criteria()) {
      String key = criterion.variableName();
      expected.add(key);
      JsonNode field = numberFields.get(key);
      if (field == null) {
        problems.add("criterion " + criterion.code() + " of the rubric has no number field " + key + " in the form");
        continue;
      }
      double min = field.path("validate").path("min").asDouble(Double.NaN);
      double max = field.path("validate").path("max").asDouble(Double.NaN);
      if (min != criterion.minScore() || max != criterion.maxScore()) {
        problems.add("form field " + key + " accepts " + min + " to " + max + ", the rubric " + criterion.minScore()
            + " to " + criterion.maxScore());
      }
    }
    for (String key : new TreeSet<>(numberFields.keySet())) {
      if (key.endsWith("Score") && !expected.contains(key)) {
        problems.add("form field " + key + " is a score but no criterion of the rubric");
      }
    }
    return problems;
  }

  /** The number fields of a Camunda Form by key, at any depth. */
  static Map<String, JsonNode> numberFields(String resource) {
    try {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      collect(new ObjectMapper().readTree(Forms.text(resource)), fields);
      return fields;
    } catch (java.io.IOException e) {
      throw new AssertionError(resource + " is not valid JSON", e);
    }
  }

  private static void collect(JsonNode node, Map<String, JsonNode> into) {
    if ("number".equals(node.path("type").asText()) && node.has("key")) {
      into.put(node.get("key").asText(), node);
    }
    node.path("components").forEach(child -> collect(child, into));
  }
}
