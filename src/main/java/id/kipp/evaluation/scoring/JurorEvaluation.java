package id.kipp.evaluation.scoring;

import java.time.Instant;
import java.util.Map;

/** One juror's submitted evaluation of one entry at one stage (DESK or PRESENTATION). */
public record JurorEvaluation(
    String editionKey, String entryKey, String stage, String jurorId, double total, Map<String, Double> scores,
    String comment, String taskId, Instant submittedAt) {

  public static final String DESK = "DESK";
  public static final String PRESENTATION = "PRESENTATION";
}
