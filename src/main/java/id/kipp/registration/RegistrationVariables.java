package id.kipp.registration;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class RegistrationVariables {

  private RegistrationVariables() {}

  public static final String AGENCY = "agency";
  public static final String EDITION_KEY = "editionKey";
  public static final String ENTRY_KEY = "entryKey";
  public static final String ENTRY_PROCESS_INSTANCE_ID = "entryProcessInstanceId";
  public static final String GROUP = "group";
  public static final String NEVER_ENTERED_BEFORE = "neverEnteredBefore";
  public static final String PREVIOUS_SCREENING_NOTE = "previousScreeningNote";
  public static final String REGISTERED_BY = "registeredBy";
  public static final String REVISION_DAYS = "revisionDays";
  public static final String SCREENING_NOTE = "screeningNote";
  public static final String SCREENING_OUTCOME = "screeningOutcome";
  public static final String TITLE = "title";
}
