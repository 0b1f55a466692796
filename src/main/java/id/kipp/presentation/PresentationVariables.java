package id.kipp.presentation;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class PresentationVariables {

  private PresentationVariables() {}

  public static final String AGENCY = "agency";
  public static final String EDITION_KEY = "editionKey";
  public static final String FINALIST = "finalist";
  public static final String JURORS = "jurors";
  public static final String PRESENTATION_AT = "presentationAt";
  public static final String PRESENTATION_COMMENT = "presentationComment";
  public static final String PRESENTATION_DATE = "presentationDate";
  public static final String PRESENTATION_ENDS_AT = "presentationEndsAt";
  public static final String PRESENTATION_JURORS = "presentationJurors";
  public static final String PRESENTATION_SCORE_INPUT = "presentationScoreInput";
  public static final String PRESENTATION_SLOT = "presentationSlot";
  public static final String TIMETABLE_FREE_SLOTS = "timetableFreeSlots";
  public static final String TIMETABLE_PROBLEMS = "timetableProblems";
  public static final String TIMETABLE_SUMMARY = "timetableSummary";
}
