package id.kipp.evaluation.scoring;

import java.time.Instant;

/**
 * An entry's desk result (table {@code desk_result}, see {@link DeskResults}): the jurors' totals combined
 * ({@code deskScore}), the tie-break section's sub-score ({@code innovationScore}), whether the jurors disagreed, the
 * per-juror normalised score and the secretariat's consensus score where the edition has them, and the decision of
 * "Tetapkan finalis per kelompok" (group, desk rank, finalist, excluded) once it was taken.
 */
public record DeskResult(
    String entryKey, String editionKey, double deskScore, double innovationScore, int jurorCount,
    boolean disagreement, String disagreementFindings, Double normalisedScore, Double consensusScore,
    String consensusBy, Instant consensusAt, String group, Integer deskRank, Boolean finalist, Boolean excluded) {

  /**
   * The desk score that counts for ranking (finalists, final score, results): the secretariat's consensus score where
   * one was set, else the normalised score where the edition normalises, else the desk score. The only place this
   * rule is stated.
   */
  public double rankingDeskScore() {
    if (consensusScore != null) {
      return consensusScore;
    }
    return normalisedScore != null ? normalisedScore : deskScore;
  }

  /** True once "Tetapkan finalis per kelompok" made this entry a finalist. */
  public boolean isFinalist() {
    return Boolean.TRUE.equals(finalist);
  }
}
