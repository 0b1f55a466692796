package id.kipp.evaluation;

/**
 * Names of the process variables that this module's Java shares with the models in {@code processes/} and
 * {@code forms/}: the one place in this module where they are spelt. {@code ProcessVariableNamesTest} fails when no
 * model uses one of them any more.
 */
public final class EvaluationVariables {

  private EvaluationVariables() {}

  public static final String AGENCY = "agency";
  public static final String ASSIGNED_COUNT = "assignedCount";
  public static final String ASSIGNMENT_APPROVED = "assignmentApproved";
  public static final String ASSIGNMENT_FEASIBLE = "assignmentFeasible";
  public static final String ASSIGNMENT_PROBLEMS = "assignmentProblems";
  public static final String ASSIGNMENT_SUMMARY = "assignmentSummary";
  public static final String BLIND_REVIEW = "blindReview";
  public static final String CONFLICT_OF_INTEREST = "conflictOfInterest";
  public static final String CONFLICT_REASON = "conflictReason";
  public static final String CONSENSUS_NOTE = "consensusNote";
  public static final String DESK_RANKING = "deskRanking";
  public static final String DISAGREEMENT_SUMMARY = "disagreementSummary";
  public static final String EDITION_KEY = "editionKey";
  public static final String ENTRY_KEY = "entryKey";
  public static final String EVALUATION_DUE_AT = "evaluationDueAt";
  public static final String EXCLUDED_FINALISTS = "excludedFinalists";
  public static final String FINALISTS_PER_GROUP = "finalistsPerGroup";
  public static final String FINALIST_COUNT = "finalistCount";
  public static final String HAS_DISAGREEMENTS = "hasDisagreements";
  public static final String JUROR = "juror";
  public static final String JURORS = "jurors";
  public static final String JURORS_PER_ENTRY = "jurorsPerEntry";
  public static final String JUROR_COMMENT = "jurorComment";
  public static final String JUROR_DUE_AT = "jurorDueAt";
  public static final String MAX_ENTRIES_PER_JUROR = "maxEntriesPerJuror";
  public static final String NEW_DUE_DATE = "newDueDate";
  public static final String OVERDUE_ACTION = "overdueAction";
  public static final String PROPOSED_FINALISTS = "proposedFinalists";
  public static final String PROPOSED_FINALISTS_SUMMARY = "proposedFinalistsSummary";
  public static final String REPLACEMENT_JUROR = "replacementJuror";
  public static final String WINNERS_PER_GROUP = "winnersPerGroup";
}
