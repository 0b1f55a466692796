package id.kipp.results;

/**
 * One finalist in the released results (table {@code published_finalist}): final rank in its group, winner or not, and
 * the desk, presentation (null when the edition had no presentation) and final scores.
 */
public record PublishedFinalist(String entryKey, String group, int rank, boolean winner, String title, String agency,
    double deskScore, Double presentationScore, double finalScore) {}
