package id.kipp.award;

/**
 * Names of the process variables that this module's Java shares with the models (the sign-off, follow-up and release
 * forms {@code forms/penetapan.form}, {@code forms/tindak-lanjut-penetapan.form}, {@code forms/rilis-hasil.form}, and
 * {@code processes/kompetisi.bpmn}): the one place in this module where they are spelt. {@code
 * ProcessVariableNamesTest} fails when no model uses one of them any more.
 */
public final class AwardVariables {

  private AwardVariables() {}

  /** The Pimpinan's sign-off ("Penetapan pemenang oleh pimpinan"). */
  public static final String SIGN_OFF_DECISION = "signOffDecision";
  public static final String DECREE_NUMBER = "decreeNumber";
  public static final String SIGN_OFF_NOTE = "signOffNote";
  /** The secretariat's follow-up of a sign-off sent back. */
  public static final String FOLLOW_UP_NOTE = "followUpNote";
  /** The secretariat's release of the results. */
  public static final String RESULTS_RELEASE_CONFIRMED = "resultsReleaseConfirmed";
  public static final String RESULTS_RELEASE_NOTE = "resultsReleaseNote";
  /** The proposed final ranking (Markdown) shown in the sign-off form. */
  public static final String FINAL_RANKING_SUMMARY = "finalRankingSummary";
}
