package id.kipp.evaluation.ranking;

/** A candidate's place in its group (1 = best) and whether it is within the group's quota. */
public record Ranked(Candidate candidate, int rank, boolean selected) {}
