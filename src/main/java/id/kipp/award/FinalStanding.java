package id.kipp.award;

/** One finalist's line in the final ranking that the Pimpinan signs off. */
public record FinalStanding(
    String processInstanceId, String entryKey, String title, String agency, String group, int rank,
    double deskScore, Double presentationScore, double finalScore, boolean winner) {}
