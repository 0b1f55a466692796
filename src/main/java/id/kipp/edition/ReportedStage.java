package id.kipp.edition;

import static id.kipp.edition.EditionVariables.ASSIGNED_COUNT;
import static id.kipp.edition.EditionVariables.DESK_EVALUATED_COUNT;
import static id.kipp.edition.EditionVariables.FINALIST_COUNT;
import static id.kipp.edition.EditionVariables.PASSED_COUNT;
import static id.kipp.edition.EditionVariables.PRESENTED_COUNT;
import static id.kipp.edition.EditionVariables.REGISTERED_COUNT;
import static id.kipp.edition.EditionVariables.SCREENED_COUNT;

import id.kipp.shared.Processes;
import java.util.Arrays;
import java.util.Optional;

/**
 * A stage every entry reports to its edition when it is done with it (the entry's message throw events "Laporkan …
 * ke edisi"), with the edition's variables that copy its tally: how many are expected, how many reported, how many
 * passed (screening only).
 */
public enum ReportedStage {
  SCREENING(Processes.SCREENING_REPORTED, REGISTERED_COUNT, SCREENED_COUNT, PASSED_COUNT),
  DESK_EVALUATION(Processes.DESK_EVALUATION_REPORTED, ASSIGNED_COUNT, DESK_EVALUATED_COUNT, null),
  PRESENTATION(Processes.PRESENTATION_REPORTED, FINALIST_COUNT, PRESENTED_COUNT, null);

  private final String message;
  private final String expectedVariable;
  private final String reportedVariable;
  private final String passedVariable;

  ReportedStage(String message, String expectedVariable, String reportedVariable, String passedVariable) {
    this.message = message;
    this.expectedVariable = expectedVariable;
    this.reportedVariable = reportedVariable;
    this.passedVariable = passedVariable;
  }

  /** The stage an entry's report message names, if any. */
  public static Optional<ReportedStage> ofMessage(String message) {
    return Arrays.stream(values()).filter(stage -> stage.message.equals(message)).findFirst();
  }

  public String message() {
    return message;
  }

  /** The edition's variable that says how many reports the stage waits for (set before the edition waits). */
  public String expectedVariable() {
    return expectedVariable;
  }

  /** The edition's copy of the reports counted. */
  public String reportedVariable() {
    return reportedVariable;
  }

  /** The edition's copy of the entries that passed, or null when the stage has no such count. */
  public String passedVariable() {
    return passedVariable;
  }
}
