package id.kipp.process;

import id.kipp.testsupport.Forms;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blind desk phase in the jurors' forms: nothing identifying the participant appears unless the edition switched
 * blind evaluation off ({@code blindReview = false}).
 */
class BlindEvaluationFormTest {

  private static final List<String> IDENTIFYING = List.of("agency", "unit", "contactName", "contactEmail",
      "contactPhone", "registeredBy");

  @Test
  void jurorFormsShowTheAgencyOnlyWhenBlindEvaluationIsOff() throws Exception {
    for (String form : List.of("forms/penilaian-proposal.form", "forms/penilaian-presentasi.form")) {
      JsonNode root = new ObjectMapper().readTree(Forms.text(form));
      List<JsonNode> revealing = new ArrayList<>();
      root.get("components").forEach(component -> {
        String text = component.path("text").asText("") + component.path("key").asText("");
        if (IDENTIFYING.stream().anyMatch(text::contains)) {
          revealing.add(component);
        }
      });
      for (JsonNode component : revealing) {
        assertThat(component.path("conditional").path("hide").asText()).as(form + " " + component.get("id"))
            .isEqualTo("=blindReview != false");
      }
    }
  }
}
