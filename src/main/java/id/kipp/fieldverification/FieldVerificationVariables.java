package id.kipp.fieldverification;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class FieldVerificationVariables {

  private FieldVerificationVariables() {}

  public static final String VERIFICATION_NOTE = "verificationNote";
  public static final String VERIFICATION_RESULT = "verificationResult";
}
