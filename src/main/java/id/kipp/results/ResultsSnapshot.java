package id.kipp.results;

import id.kipp.award.FinalStanding;
import id.kipp.results.PublishedEdition.SignOff;
import id.kipp.shared.Vars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the edition at the moment of release into the snapshot: from its variables the edition ({@code editionName},
 * {@code year}, {@code organiser}, {@code groups}) and the sign-off recorded by "Penetapan pemenang oleh pimpinan"
 * ({@code signedOffBy}, {@code signedOffAt}, {@code decreeNumber}, {@code signOffNote}); one row per finalist of the
 * ranking the Pimpinan approved, from table {@code final_standing} (never from a variable).
 */
final class ResultsSnapshot {

  /** The edition variables the snapshot reads. */
  static final List<String> VARIABLES = List.of("editionName", "year", "organiser", "groups", "signedOffBy",
      "signedOffAt", "decreeNumber", "signOffNote");

  private ResultsSnapshot() {}

  /**
   * @param userName the name of a user id (first and last name of the account), or null when there is none
   */
  static PublishedEdition edition(String editionKey, String processInstanceId, Map<String, Object> variables,
      List<FinalStanding> ranking, Instant releasedAt, Function<String, String> userName) {
    List<String> groups = new ArrayList<>(Vars.textList(variables.get("groups")));
    for (FinalStanding standing : ranking) {
      if (!groups.contains(standing.group())) {
        groups.add(standing.group());
      }
    }
    String signedOffBy = text(variables.get("signedOffBy"));
    Object signedOffAt = variables.get("signedOffAt");
    SignOff signOff = new SignOff(signedOffBy, signedOffBy == null ? null : userName.apply(signedOffBy),
        signedOffAt instanceof Date date ? date.toInstant() : null, text(variables.get("decreeNumber")),
        text(variables.get("signOffNote")));
    String name = text(variables.get("editionName"));
    return new PublishedEdition(editionKey, processInstanceId, name == null ? editionKey : name,
        year(editionKey, variables.get("year")), text(variables.get("organiser")), groups, releasedAt, signOff);
  }

  static List<PublishedFinalist> finalists(List<FinalStanding> ranking) {
    return ranking.stream().map(standing -> new PublishedFinalist(standing.entryKey(), standing.group(),
        standing.rank(), standing.winner(), standing.title(), standing.agency(), standing.rankingDeskScore(),
        standing.presentationScore(), standing.finalScore())).toList();
  }

  /** The year variable, else the year at the end of the business key (e.g. MALANG-2019). */
  private static int year(String editionKey, Object value) {
    Long year = Vars.whole(value);
    if (year != null) {
      return year.intValue();
    }
    String suffix = editionKey.substring(editionKey.lastIndexOf('-') + 1);
    return suffix.matches("\\d{4}") ? Integer.parseInt(suffix) : 0;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }
}
