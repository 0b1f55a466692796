package id.kipp.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import id.kipp.screening.ScreeningDecision.Outcome;
import id.kipp.shared.RuleViolation;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScreeningDecisionTest {

  private static Map<String, Object> allChecked(String outcome) {
    Map<String, Object> variables = new HashMap<>();
    ScreeningDecision.CHECKLIST.keySet().forEach(check -> variables.put(check, true));
    variables.put("screeningOutcome", outcome);
    return variables;
  }

  private static RuleViolation violation(Map<String, Object> variables) {
    RuleViolation violation = catchThrowableOfType(() -> ScreeningDecision.from(variables), RuleViolation.class);
    assertThat(violation).as("expected a RuleViolation").isNotNull();
    return violation;
  }

  @Test
  void passWithEveryCheck() {
    assertThat(ScreeningDecision.from(allChecked("LOLOS"))).isEqualTo(new ScreeningDecision(Outcome.LOLOS, "", 0));
  }

  @Test
  void passKeepsAnOptionalNoteAndIgnoresRevisionDays() {
    Map<String, Object> variables = allChecked(" LOLOS ");
    variables.put("screeningNote", "  Berkas lengkap.  ");
    variables.put("revisionDays", 7L);
    assertThat(ScreeningDecision.from(variables)).isEqualTo(new ScreeningDecision(Outcome.LOLOS, "Berkas lengkap.", 0));
  }

  @Test
  void checksMayArriveAsText() {
    Map<String, Object> variables = allChecked("LOLOS");
    variables.put("checkComplete", "true");
    variables.put("checkNotDuplicate", "on");
    assertThat(ScreeningDecision.from(variables).outcome()).isEqualTo(Outcome.LOLOS);
  }

  @Test
  void passNeedsAllFiveChecks() {
    Map<String, Object> variables = allChecked("LOLOS");
    variables.put("checkNotDuplicate", false);
    assertThat(violation(variables).problems()).containsExactly(
        "Inovasi hanya dapat diloloskan bila semua syarat dicentang. Belum dicentang: judul tidak diajukan ganda.");

    Map<String, Object> none = new HashMap<>(Map.of("screeningOutcome", "LOLOS"));
    assertThat(violation(none).problems()).containsExactly(
        "Inovasi hanya dapat diloloskan bila semua syarat dicentang. Belum dicentang: berkas lengkap; "
            + "jenis peserta memenuhi syarat; inovasi sudah diterapkan minimal 1 tahun; "
            + "belum pernah diusulkan di tingkat provinsi/kementerian; judul tidak diajukan ganda.");
  }

  @Test
  void revisionWithNoteAndDays() {
    Map<String, Object> variables = allChecked("PERBAIKAN");
    variables.put("checkComplete", false);  // checks do not matter for a revision
    variables.put("screeningNote", "Lengkapi hasil Survei Kepuasan Masyarakat.");
    variables.put("revisionDays", 7L);
    assertThat(ScreeningDecision.from(variables))
        .isEqualTo(new ScreeningDecision(Outcome.PERBAIKAN, "Lengkapi hasil Survei Kepuasan Masyarakat.", 7));

    variables.put("revisionDays", 1);
    assertThat(ScreeningDecision.from(variables).revisionDays()).isEqualTo(1);
    variables.put("revisionDays", "30");
    assertThat(ScreeningDecision.from(variables).revisionDays()).isEqualTo(30);
  }

  @Test
  void revisionNeedsANoteAndDays() {
    assertThat(violation(allChecked("PERBAIKAN")).problems()).containsExactly(
        "Tuliskan apa yang harus diperbaiki peserta.",
        "Batas waktu perbaikan wajib 1 sampai 30 hari.");
  }

  @Test
  void revisionDaysOutsideOneToThirtyAreRefused() {
    for (Object days : new Object[] {0L, 31L, -3, 2.5, "dua", "  "}) {
      Map<String, Object> variables = allChecked("PERBAIKAN");
      variables.put("screeningNote", "Perbaiki berkas.");
      variables.put("revisionDays", days);
      assertThat(violation(variables).problems()).as("revisionDays=" + days)
          .containsExactly("Batas waktu perbaikan wajib 1 sampai 30 hari.");
    }
  }

  @Test
  void rejectionNeedsAReason() {
    Map<String, Object> variables = allChecked("TIDAK_LOLOS");
    variables.put("screeningNote", "   ");
    assertThat(violation(variables).problems())
        .containsExactly("Tuliskan alasan inovasi tidak lolos seleksi administrasi.");

    variables.put("screeningNote", "Inovasi baru diterapkan enam bulan.");
    variables.put("revisionDays", 10L);
    assertThat(ScreeningDecision.from(variables))
        .isEqualTo(new ScreeningDecision(Outcome.TIDAK_LOLOS, "Inovasi baru diterapkan enam bulan.", 0));
  }

  @Test
  void unknownOrMissingOutcomeIsRefused() {
    for (String outcome : new String[] {"DITERIMA", "lolos", "", null}) {
      Map<String, Object> variables = allChecked(outcome);
      assertThat(violation(variables).problems()).as("outcome=" + outcome)
          .containsExactly("Pilih hasil seleksi: LOLOS, PERBAIKAN atau TIDAK_LOLOS.");
    }
  }

  @Test
  void tooLongNoteIsRefused() {
    Map<String, Object> variables = allChecked("TIDAK_LOLOS");
    variables.put("screeningNote", "a".repeat(2001));
    assertThat(violation(variables).problems()).containsExactly("Catatan seleksi paling banyak 2000 karakter.");

    variables.put("screeningNote", "a".repeat(2000));
    assertThat(ScreeningDecision.from(variables).note()).hasSize(2000);
  }
}
