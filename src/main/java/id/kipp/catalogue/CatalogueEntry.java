package id.kipp.catalogue;

import java.time.LocalDate;

/** One innovation in the catalogue, as listed and shown (no contact data: the catalogue never holds any). */
public record CatalogueEntry(
    String entryKey, String editionKey, String editionName, int year, String organiser, LocalDate editionOpenedOn,
    String title, String agency, String agencyId, String unit, String group, String summary,
    LocalDate implementedSince, String videoUrl, Award award, Integer finalRank, int replicationCount) {

  /** "Pemenang (peringkat 1)", "Finalis (peringkat 3)", "Peserta". */
  public String awardText() {
    return finalRank == null || award == Award.PESERTA ? award.label()
        : award.label() + " (peringkat " + finalRank + ")";
  }

  /** The summary cut at a word boundary for result lists. */
  public String excerpt(int max) {
    if (summary == null || summary.length() <= max) {
      return summary;
    }
    int cut = summary.lastIndexOf(' ', max);
    return summary.substring(0, cut > max / 2 ? cut : max).strip() + " …";
  }
}
