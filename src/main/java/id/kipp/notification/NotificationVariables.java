package id.kipp.notification;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class NotificationVariables {

  private NotificationVariables() {}

  public static final String BLIND_REVIEW = "blindReview";
  public static final String EDITION_NAME = "editionName";
  public static final String ORGANISER = "organiser";
}
