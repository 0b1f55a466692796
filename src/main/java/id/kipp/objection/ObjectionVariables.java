package id.kipp.objection;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class ObjectionVariables {

  private ObjectionVariables() {}

  public static final String DISQUALIFIED = "disqualified";
  public static final String EDITION_KEY = "editionKey";
  public static final String HAS_OBJECTIONS = "hasObjections";
  public static final String OBJECTIONS = "objections";
  public static final String OBJECTION_CHOICES = "objectionChoices";
  public static final String OBJECTION_DAYS = "objectionDays";
  public static final String OBJECTION_DECISIONS = "objectionDecisions";
  public static final String OBJECTION_PERIOD_ENDS_AT = "objectionPeriodEndsAt";
  public static final String OBJECTION_SUMMARY = "objectionSummary";
  public static final String PROPOSED_FINALISTS = "proposedFinalists";
  public static final String PROPOSED_FINALIST_CHOICES = "proposedFinalistChoices";
}
