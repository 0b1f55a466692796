package id.kipp.edition;

import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;

/**
 * The optional stages an edition runs before its finalists are set, chosen by the secretariat in the start form
 * ("Edisi baru"): a public objection period (uji publik) of {@code objectionDays} days, and a field verification of each
 * proposed finalist. The edition process ({@code kompetisi}) takes the path of each stage by these variables.
 */
public record OptionalStages(boolean publicObjection, boolean fieldVerification, int objectionDays) {

  public static final String PUBLIC_OBJECTION = "publicObjectionStage";
  public static final String FIELD_VERIFICATION = "fieldVerificationStage";
  public static final String OBJECTION_DAYS = "objectionDays";
  static final int DEFAULT_OBJECTION_DAYS = 5;
  static final int MAX_OBJECTION_DAYS = 60;

  /** The stages of a start form; a problem (in Bahasa) is added to {@code problems} for an invalid objection period. */
  static OptionalStages of(Map<String, Object> form, List<String> problems) {
    boolean objection = Vars.flag(form.get(PUBLIC_OBJECTION));
    boolean verification = Vars.flag(form.get(FIELD_VERIFICATION));
    int days = DEFAULT_OBJECTION_DAYS;
    Object given = form.get(OBJECTION_DAYS);
    if (objection && given != null && !given.toString().isBlank()) {
      Long value = Vars.whole(given);
      if (value == null || value < 1 || value > MAX_OBJECTION_DAYS) {
        problems.add("Lama masa uji publik wajib bilangan bulat 1 sampai " + MAX_OBJECTION_DAYS + " hari.");
      } else {
        days = value.intValue();
      }
    }
    return new OptionalStages(objection, verification, days);
  }
}
