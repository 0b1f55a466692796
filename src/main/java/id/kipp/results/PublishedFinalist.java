package id.kipp.results;

/**
 * One finalist in the released results (table {@code published_finalist}): final rank in its group, winner or not, and
 * the desk score that counted for ranking (column {@code desk_score}), the presentation score (null when the edition
 * had no presentation) and the final score.
 */
public record PublishedFinalist(String entryKey, String group, int rank, boolean winner, String title, String agency,
    double rankingDeskScore, Double presentationScore, double finalScore) {}
