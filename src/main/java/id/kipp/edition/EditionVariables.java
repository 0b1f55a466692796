package id.kipp.edition;

/**
 * Names of the edition's process variables that Java shares with the models ({@code processes/kompetisi.bpmn}, the
 * other BPMN that read the edition's settings, {@code forms/edisi-baru.form}, {@code forms/tutup-pendaftaran.form}):
 * the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when a model no longer
 * uses one of them (e.g. a field renamed in Camunda Modeler). See docs/process-contract.md for their meaning.
 */
public final class EditionVariables {

  private EditionVariables() {}

  // the start form (forms/edisi-baru.form)
  public static final String EDITION_CODE = "editionCode";
  public static final String YEAR = "year";
  public static final String EDITION_NAME = "editionName";
  public static final String ORGANISER = "organiser";
  public static final String GROUPS_TEXT = "groupsText";
  public static final String REGISTRATION_OPENS = "registrationOpens";
  public static final String REGISTRATION_CLOSES = "registrationCloses";
  public static final String EVALUATION_DEADLINE = "evaluationDeadline";
  public static final String PRESENTATION_DATE = "presentationDate";
  public static final String FINALISTS_PER_GROUP = "finalistsPerGroup";
  public static final String WINNERS_PER_GROUP = "winnersPerGroup";
  public static final String JURORS_PER_ENTRY = "jurorsPerEntry";
  public static final String MAX_ENTRIES_PER_JUROR = "maxEntriesPerJuror";
  public static final String JUROR_IDS_TEXT = "jurorIdsText";
  public static final String BLIND_REVIEW = "blindReview";
  /** The per-group quotas, a dynamic list (see {@link GroupQuotaRows}). */
  public static final String GROUP_QUOTAS = "groupQuotas";
  /** The certificate's place and signatory (see {@link CertificateSignatory}). */
  public static final String CERTIFICATE_PLACE = "certificatePlace";
  public static final String CERTIFICATE_SIGNATORY_ROLE = "certificateSignatoryRole";
  public static final String CERTIFICATE_SIGNATORY_NAME = "certificateSignatoryName";

  // set by "Validasi pengaturan edisi", read by the models
  public static final String EDITION_KEY = "editionKey";
  public static final String JURORS = "jurors";
  public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
  public static final String EVALUATION_DUE_AT = "evaluationDueAt";
  public static final String PRESENTATION_AT = "presentationAt";

  // progress counters, shown by the models
  public static final String REGISTERED_COUNT = "registeredCount";
  public static final String SCREENED_COUNT = "screenedCount";
  public static final String PASSED_COUNT = "passedCount";
  public static final String ASSIGNED_COUNT = "assignedCount";
  public static final String DESK_EVALUATED_COUNT = "deskEvaluatedCount";
  public static final String FINALIST_COUNT = "finalistCount";
  public static final String PRESENTED_COUNT = "presentedCount";

  // the early-closing form (forms/tutup-pendaftaran.form)
  public static final String CLOSE_REGISTRATION_NOW = "closeRegistrationNow";
  public static final String EARLY_CLOSING_REASON = "earlyClosingReason";

  /** The entry's screening outcome (forms/seleksi-administrasi.form), reported to the edition. */
  public static final String SCREENING_OUTCOME = "screeningOutcome";
}
