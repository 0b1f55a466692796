package id.kipp.award;

/**
 * One finalist's line in the final ranking that the Pimpinan signs off (table {@code final_standing}): its rank in its
 * group, the desk score that counted for ranking, the presentation score (null without a presentation), the final
 * score and whether it is a proposed winner.
 */
public record FinalStanding(
    String processInstanceId, String entryKey, String title, String agency, String group, int rank,
    double rankingDeskScore, Double presentationScore, double finalScore, boolean winner) {}
