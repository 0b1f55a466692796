package id.kipp.process;

import id.kipp.testsupport.Forms;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The blind desk phase in the jurors' forms: nothing identifying the participant appears unless the edition switched
 * blind evaluation off ({@code blindReview = false}). The presentation form of version 2 reads one JSON view of the
 * finalist ({@code presentation}) that carries the agency only when the edition is not blind
 * ({@code presentation.PresentationView}); for instances of version 1 it falls back to {@code blindReview}.
 */
class BlindEvaluationFormTest {

  private static final List<String> IDENTIFYING = List.of("agency", "unit", "contactName", "contactEmail",
      "contactPhone", "registeredBy");

  private static final Map<String, String> HIDE = Map.of(
      "forms/penilaian-proposal.form", "=blindReview != false",
      "forms/penilaian-presentasi.form", "=if presentation != null then (presentation.agency = null or "
          + "presentation.agency = \"\") else blindReview != false");

  @Test
  void jurorFormsShowTheAgencyOnlyWhenBlindEvaluationIsOff() throws Exception {
    for (String form : HIDE.keySet()) {
      JsonNode root = new ObjectMapper().readTree(Forms.text(form));
      List<JsonNode> revealing = new ArrayList<>();
      root.get("components").forEach(component -> {
        String text = component.path("text").asText("") + component.path("key").asText("");
        if (IDENTIFYING.stream().anyMatch(text::contains)) {
          revealing.add(component);
        }
      });
      assertThat(revealing).as(form + ": the agency is on the form when the edition is not blind").isNotEmpty();
      for (JsonNode component : revealing) {
        assertThat(component.path("conditional").path("hide").asText()).as(form + " " + component.get("id"))
            .isEqualTo(HIDE.get(form));
      }
    }
  }
}
