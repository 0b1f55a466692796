package id.kipp.screening;

/**
 * Names of the entry's process variables that this module's Java shares with the models (the screening form
 * {@code forms/seleksi-administrasi.form} and {@code processes/inovasi.bpmn}): the one place in this module where
 * they are spelt. {@code ProcessVariableNamesTest} fails when no model uses one of them any more.
 */
public final class ScreeningVariables {

  private ScreeningVariables() {}

  /** The secretariat's decision: LOLOS, PERBAIKAN or TIDAK_LOLOS, its note, and the days allowed for a revision. */
  public static final String SCREENING_OUTCOME = "screeningOutcome";
  public static final String SCREENING_NOTE = "screeningNote";
  public static final String REVISION_DAYS = "revisionDays";
  /** The end of the revision period, read by the entry's timer. */
  public static final String REVISION_DUE_AT = "revisionDueAt";

  // the screening checklist
  public static final String CHECK_COMPLETE = "checkComplete";
  public static final String CHECK_ELIGIBLE_PARTICIPANT = "checkEligibleParticipant";
  public static final String CHECK_IMPLEMENTED_ONE_YEAR = "checkImplementedOneYear";
  public static final String CHECK_NOT_ENTERED_BEFORE = "checkNotEnteredBefore";
  public static final String CHECK_NOT_DUPLICATE = "checkNotDuplicate";
}
