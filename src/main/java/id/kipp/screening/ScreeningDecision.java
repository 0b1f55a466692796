package id.kipp.screening;

import static id.kipp.screening.ScreeningVariables.CHECK_COMPLETE;
import static id.kipp.screening.ScreeningVariables.CHECK_ELIGIBLE_PARTICIPANT;
import static id.kipp.screening.ScreeningVariables.CHECK_IMPLEMENTED_ONE_YEAR;
import static id.kipp.screening.ScreeningVariables.CHECK_NOT_DUPLICATE;
import static id.kipp.screening.ScreeningVariables.CHECK_NOT_ENTERED_BEFORE;
import static id.kipp.screening.ScreeningVariables.REVISION_DAYS;
import static id.kipp.screening.ScreeningVariables.SCREENING_NOTE;
import static id.kipp.screening.ScreeningVariables.SCREENING_OUTCOME;

import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's administrative screening of one entry: a checklist and one of three outcomes. A pass needs every
 * check; a revision or a rejection needs a reason the participant will read; a revision needs a deadline in days.
 */
public record ScreeningDecision(Outcome outcome, String note, int revisionDays) {

  public enum Outcome { LOLOS, PERBAIKAN, TIDAK_LOLOS }

  /** Checklist variables → what the secretariat confirms. */
  public static final Map<String, String> CHECKLIST = new LinkedHashMap<>();

  static {
    CHECKLIST.put(CHECK_COMPLETE, "berkas lengkap");
    CHECKLIST.put(CHECK_ELIGIBLE_PARTICIPANT, "jenis peserta memenuhi syarat");
    CHECKLIST.put(CHECK_IMPLEMENTED_ONE_YEAR, "inovasi sudah diterapkan minimal 1 tahun");
    CHECKLIST.put(CHECK_NOT_ENTERED_BEFORE, "belum pernah diusulkan di tingkat provinsi/kementerian");
    CHECKLIST.put(CHECK_NOT_DUPLICATE, "judul tidak diajukan ganda");
  }

  public static final int MAX_REVISION_DAYS = 30;

  public static ScreeningDecision from(Map<String, Object> variables) {
    List<String> problems = new ArrayList<>();
    Object rawOutcome = variables.get(SCREENING_OUTCOME);
    Outcome outcome = null;
    try {
      outcome = rawOutcome == null ? null : Outcome.valueOf(rawOutcome.toString().trim());
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (outcome == null) {
      problems.add("Pilih hasil seleksi: LOLOS, PERBAIKAN atau TIDAK_LOLOS.");
    }
    String note = variables.get(SCREENING_NOTE) == null ? "" : variables.get(SCREENING_NOTE).toString().trim();
    if (note.length() > 2000) {
      problems.add("Catatan seleksi paling banyak 2000 karakter.");
    }
    int days = 0;
    if (outcome == Outcome.LOLOS) {
      List<String> missing = CHECKLIST.entrySet().stream()
          .filter(check -> !Vars.flag(variables.get(check.getKey()))).map(Map.Entry::getValue).toList();
      if (!missing.isEmpty()) {
        problems.add("Inovasi hanya dapat diloloskan bila semua syarat dicentang. Belum dicentang: "
            + String.join("; ", missing) + ".");
      }
    } else if (outcome != null && note.isEmpty()) {
      problems.add(outcome == Outcome.PERBAIKAN
          ? "Tuliskan apa yang harus diperbaiki peserta."
          : "Tuliskan alasan inovasi tidak lolos seleksi administrasi.");
    }
    if (outcome == Outcome.PERBAIKAN) {
      Long value = Vars.whole(variables.get(REVISION_DAYS));
      if (value == null || value < 1 || value > MAX_REVISION_DAYS) {
        problems.add("Batas waktu perbaikan wajib 1 sampai " + MAX_REVISION_DAYS + " hari.");
      } else {
        days = value.intValue();
      }
    }
    RuleViolation.throwIfAny(problems);
    return new ScreeningDecision(outcome, note, days);
  }
}
