package id.kipp.identity.guard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.identity.guard.DeclaredForm.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every deployed form, read as the guard reads it: what it lets a user submit, and nothing more. */
class FormSchemasTest {

  static Stream<Path> forms() throws IOException {
    return Files.list(Path.of("forms")).filter(f -> f.toString().endsWith(".form") || f.toString().endsWith(".html"))
        .sorted();
  }

  private static DeclaredForm read(Path form) throws IOException {
    String content = Files.readString(form, StandardCharsets.UTF_8);
    return form.toString().endsWith(".form") ? CamundaFormSchema.parse(content)
        : EmbeddedFormSchema.parse(form.getFileName().toString(), content);
  }

  /** A new form is covered without writing a case for it: its fields are found, anything else is refused. */
  @ParameterizedTest
  @MethodSource("forms")
  void everyFormDeclaresItsFieldsAndRefusesAnyOther(Path file) throws IOException {
    DeclaredForm form = read(file);
    assertThat(form.fields()).as("fields of %s", file).isNotEmpty();
    FormSubmissionCheck check = new FormSubmissionCheck(4000);
    Map<String, TypedValue> hostile = Map.of("entryKey", Variables.untypedValue("MALANG-2019-0001"),
        "registeredBy", Variables.untypedValue("dinkes"), "finalRank", Variables.untypedValue(1));
    List<String> problems = check.check(form, hostile, name -> null);
    assertThat(problems).as("refusals for %s", file).hasSize(3)
        .allSatisfy(problem -> assertThat(problem).contains("tidak ada pada formulir ini"));
  }

  @Test
  void theJurorsScoringFormHasItsScoresCommentAndConflictOnly() throws IOException {
    DeclaredForm form = read(Path.of("forms/penilaian-proposal.form"));
    assertThat(form.fields().keySet()).containsExactlyInAnyOrder("conflictOfInterest", "conflictReason",
        "problemAnalysisScore", "strategicApproachScore", "implementationScore", "impactScore", "sustainabilityScore",
        "serviceStandardScore", "serviceCharterScore", "satisfactionSurveyScore", "complaintHandlingScore",
        "informationSystemScore", "jurorComment");
    assertThat(form.fields().get("impactScore").kind()).isEqualTo(Kind.NUMBER);
    assertThat(form.fields().get("conflictOfInterest").kind()).isEqualTo(Kind.BOOLEAN);
  }

  @Test
  void theRegistrationFormBindsItsInputsAndFiles() throws IOException {
    DeclaredForm form = read(Path.of("forms/pendaftaran-inovasi.html"));
    assertThat(form.fields()).containsKeys("editionKey", "title", "summary", "group", "neverEnteredBefore",
        "innovationProposalFile", "performanceProposalFile", "declarationFile", "contactEmail");
    assertThat(form.fields()).doesNotContainKeys("registeredBy", "agencyId", "entryKey", "screeningOutcome");
    assertThat(form.fields().get("declarationFile").kind()).isEqualTo(Kind.FILE);
    assertThat(form.fields().get("neverEnteredBefore").kind()).isEqualTo(Kind.BOOLEAN);
    assertThat(form.fields().get("title").displayName()).isNotBlank().isNotEqualTo("title");
  }

  @Test
  void theScreeningOutcomeIsOneOfTheFormsChoices() throws IOException {
    DeclaredForm form = read(Path.of("forms/seleksi-administrasi.form"));
    assertThat(form.fields().get("screeningOutcome").kind()).isEqualTo(Kind.CHOICE);
    assertThat(form.fields().get("screeningOutcome").choices()).contains("LOLOS", "PERBAIKAN");
  }

  /** The secretariat's swaps, consensus scores and slot moves: one dynamic list each, its selects fed by a variable. */
  @Test
  void theStructuredRowsAreListsWithTheirColumnsAndChoiceVariables() throws IOException {
    DeclaredForm review = read(Path.of("forms/tinjau-penugasan.form"));
    assertThat(review.fields().keySet()).containsExactlyInAnyOrder("assignmentSwaps", "assignmentApproved");
    DeclaredForm.Field swaps = review.fields().get("assignmentSwaps");
    assertThat(swaps.kind()).isEqualTo(Kind.LIST);
    assertThat(swaps.displayName()).isEqualTo("Perubahan penugasan");
    assertThat(swaps.children().keySet()).containsExactly("entryKey", "replacedJuror", "newJuror");
    assertThat(swaps.children().values()).extracting(DeclaredForm.Field::kind).containsOnly(Kind.CHOICE);
    assertThat(swaps.children().values()).extracting(DeclaredForm.Field::choicesVariable)
        .containsExactly("assignmentEntryOptions", "assignmentJurorOptions", "assignmentJurorOptions");

    DeclaredForm consensus = read(Path.of("forms/konsensus-penilaian.form"));
    assertThat(consensus.fields().keySet()).containsExactlyInAnyOrder("consensusNote", "consensusScoreRows");
    DeclaredForm.Field scores = consensus.fields().get("consensusScoreRows");
    assertThat(scores.kind()).isEqualTo(Kind.LIST);
    assertThat(scores.children().get("entryKey").choicesVariable()).isEqualTo("consensusEntryOptions");
    assertThat(scores.children().get("score").kind()).isEqualTo(Kind.NUMBER);

    DeclaredForm timetable = read(Path.of("forms/jadwal-presentasi.form"));
    DeclaredForm.Field moves = timetable.fields().get("timetableMoves");
    assertThat(moves.kind()).isEqualTo(Kind.LIST);
    assertThat(moves.children().keySet()).containsExactly("entryKey", "startsAt");
    assertThat(moves.children().get("entryKey").choicesVariable()).isEqualTo("timetableFinalistOptions");
    assertThat(moves.children().get("startsAt").kind()).isEqualTo(Kind.TEXT);
    assertThat(timetable.fields()).doesNotContainKeys("timetableChanges", "entryKey", "startsAt");
  }
}
