package id.kipp.notification;

import static id.kipp.notification.NotificationVariables.BLIND_REVIEW;

import id.kipp.shared.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a notification may tell, read from the process variables where the listener runs (an entry, {@code inovasi},
 * or a juror's evaluation, {@code penilaian-juri} or {@code penilaian-presentasi}; see docs/process-contract.md).
 * Absent variables are null: a juror's evaluation has no contact data and, in a blind edition, an empty agency. The
 * desk rank and the final result are then replaced by what the application's tables say ({@link #withResults}).
 */
public record NotificationFacts(
    String entryKey,
    String editionKey,
    String title,
    String agency,
    String unit,
    String group,
    String contactName,
    String contactEmail,
    String registeredBy,
    String screeningNote,
    Date revisionDueAt,
    Long deskRank,
    Date presentationAt,
    String presentationSlot,
    Long finalRank,
    Double finalScore,
    Boolean winner,
    String juror,
    Date jurorDueAt,
    boolean blindReview) {

  public static NotificationFacts of(VariableScope scope) {
    return new NotificationFacts(
        text(scope, "entryKey"), text(scope, "editionKey"), text(scope, "title"), text(scope, "agency"),
        text(scope, "unit"), text(scope, "group"), text(scope, "contactName"), text(scope, "contactEmail"),
        text(scope, "registeredBy"), text(scope, "screeningNote"), date(scope, "revisionDueAt"),
        whole(scope, "deskRank"), date(scope, "presentationAt"), text(scope, "presentationSlot"),
        whole(scope, "finalRank"), decimal(scope, "finalScore"), flag(scope, "winner"),
        text(scope, "juror"), date(scope, "jurorDueAt"),
        // blind unless the edition explicitly said otherwise
        !"false".equalsIgnoreCase(String.valueOf(scope.getVariable(BLIND_REVIEW)).trim()));
  }

  /** These facts with the entry's desk rank and final result as recorded by the application (null where none). */
  public NotificationFacts withResults(Long deskRank, Long finalRank, Double finalScore, Boolean winner) {
    return new NotificationFacts(entryKey, editionKey, title, agency, unit, group, contactName, contactEmail,
        registeredBy, screeningNote, revisionDueAt, deskRank, presentationAt, presentationSlot, finalRank, finalScore,
        winner, juror, jurorDueAt, blindReview);
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static Date date(VariableScope scope, String name) {
    return scope.getVariable(name) instanceof Date date ? date : null;
  }

  private static Long whole(VariableScope scope, String name) {
    return Vars.whole(scope.getVariable(name));
  }

  private static Double decimal(VariableScope scope, String name) {
    return Vars.decimal(scope.getVariable(name));
  }

  private static Boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : Vars.flag(value);
  }
}
