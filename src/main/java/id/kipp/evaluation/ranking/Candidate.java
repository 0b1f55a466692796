package id.kipp.evaluation.ranking;

import java.util.Date;

/** An entry to be ranked within its group. */
public record Candidate(String entryKey, String group, double score, double tieBreakScore, Date submittedAt) {}
