package id.kipp.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;

/** The fields a form marks as recorded by the server, and their submitted values turned transient. */
class RecordedFieldsTest {

  @Test
  void theJurorsScoringFormMarksItsScoresCommentAndReasonButNotTheConflictCheckbox() throws IOException {
    Set<String> recorded = CamundaFormSchema.recordedFields(Files.readString(Path.of("forms/penilaian-proposal.form")));
    assertThat(recorded).containsExactlyInAnyOrder("conflictReason", "problemAnalysisScore", "strategicApproachScore",
        "implementationScore", "impactScore", "sustainabilityScore", "serviceStandardScore", "serviceCharterScore",
        "satisfactionSurveyScore", "complaintHandlingScore", "informationSystemScore", "jurorComment");
  }

  @Test
  void onlyOwnVariablesOfEnabledFieldsCount() {
    String form = """
        {"components": [
          {"type": "number", "key": "a", "properties": {"kipp.recorded": "true"}},
          {"type": "textfield", "key": "b", "properties": {"kipp.recorded": true}},
          {"type": "textfield", "key": "c", "properties": {"kipp.recorded": "false"}},
          {"type": "textfield", "key": "d", "disabled": true, "properties": {"kipp.recorded": "true"}},
          {"type": "textfield", "key": "e.f", "properties": {"kipp.recorded": "true"}},
          {"type": "text", "text": "x", "properties": {"kipp.recorded": "true"}},
          {"type": "group", "components": [{"type": "checkbox", "key": "g", "properties": {"kipp.recorded": "true"}}]},
          {"type": "group", "path": "h", "components": [
            {"type": "checkbox", "key": "i", "properties": {"kipp.recorded": "true"}}]}
        ]}""";
    assertThat(CamundaFormSchema.recordedFields(form)).containsExactlyInAnyOrder("a", "b", "g");
  }

  @Test
  void recordedValuesBecomeTransientWithTheirTypeAndTheOthersStayAsSubmitted() {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("impactScore", Variables.longValue(80L));
    submitted.put("jurorComment", "Catatan juri");
    submitted.put("conflictReason", null);
    submitted.put("conflictOfInterest", Variables.booleanValue(false));
    VariableMap converted = RecordedFieldsInterceptor.transientValues(submitted,
        Set.of("impactScore", "jurorComment", "conflictReason"), name -> false);

    assertThat(converted).isNotNull().containsOnlyKeys(submitted.keySet());
    TypedValue score = converted.getValueTyped("impactScore");
    assertThat(score.isTransient()).isTrue();
    assertThat(score.getType()).isEqualTo(ValueType.LONG);
    assertThat(score.getValue()).isEqualTo(80L);
    assertThat(converted.getValueTyped("jurorComment").isTransient()).isTrue();
    assertThat(converted.getValueTyped("jurorComment").getValue()).isEqualTo("Catatan juri");
    assertThat(converted.getValueTyped("conflictReason").isTransient()).isTrue();
    assertThat(converted.getValueTyped("conflictOfInterest").isTransient()).isFalse();
    // the caller's map is left alone
    assertThat(submitted.get("impactScore")).isEqualTo(Variables.longValue(80L));
  }

  @Test
  void aValueStaysPersistentWhereAVariableOfThatNameIsStoredAndNothingChangesWithoutRecordedFields() {
    Map<String, Object> submitted = Map.of("impactScore", 80, "jurorComment", "Catatan");
    VariableMap converted = RecordedFieldsInterceptor.transientValues(submitted, Set.of("impactScore", "jurorComment"),
        "impactScore"::equals);
    assertThat(converted.getValueTyped("impactScore").isTransient()).isFalse();
    assertThat(converted.getValueTyped("jurorComment").isTransient()).isTrue();
    assertThat(RecordedFieldsInterceptor.transientValues(submitted, Set.of("other"), name -> false)).isNull();
  }

  @Test
  void objectsAndFilesStayAsSubmitted() {
    TypedValue list = Variables.objectValue(java.util.List.of("a")).create();
    assertThat(RecordedFieldsInterceptor.asTransient(list)).isNull();
  }
}
