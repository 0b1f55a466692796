package id.kipp.results;

import id.kipp.shared.Bahasa;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the results pages show, formatted for Bahasa Indonesia (decimal comma, dates with Indonesian month names). The
 * templates under templates/results only place these values.
 */
public final class ResultsView {

  private ResultsView() {}

  /** A released edition in the list of editions. */
  public record EditionItem(String key, String name, int year, String organiser, String releasedOn) {}

  /** One edition's page: its facts and one section per group (all groups, or the one asked for). */
  public record EditionPage(String key, String name, int year, String organiser, String releasedAt, String signedOffBy,
      String signedOffAt, String decreeNumber, List<GroupSection> groups) {}

  /** A group's winners, then its other finalists. */
  public record GroupSection(String name, String slug, List<Row> winners, List<Row> finalists) {

    public boolean empty() {
      return winners.isEmpty() && finalists.isEmpty();
    }
  }

  /** One finalist: rank, code, title, agency, the three scores as text, label ("Pemenang Peringkat 1" or "Finalis"). */
  public record Row(int rank, String entryKey, String title, String agency, String rankingDeskScore,
      String presentationScore, String finalScore, boolean winner, String label) {}

  static EditionItem item(PublishedEdition edition, ZoneId zone) {
    return new EditionItem(edition.key(), edition.name(), edition.year(), edition.organiser(),
        Objects.toString(Bahasa.date(edition.releasedAt(), zone), ""));
  }

  /**
   * @param onlyGroup the group to show, or null for every group
   */
  static EditionPage page(PublishedEdition edition, List<PublishedFinalist> finalists, String onlyGroup, ZoneId zone) {
    Map<String, String> slugs = GroupSlugs.of(edition.groups());
    List<GroupSection> sections = new ArrayList<>();
    for (String group : edition.groups()) {
      if (onlyGroup != null && !onlyGroup.equals(group)) {
        continue;
      }
      List<Row> winners = new ArrayList<>();
      List<Row> others = new ArrayList<>();
      for (PublishedFinalist finalist : finalists) {
        if (finalist.group().equals(group)) {
          (finalist.winner() ? winners : others).add(row(finalist));
        }
      }
      sections.add(new GroupSection(group, slugs.get(group), winners, others));
    }
    PublishedEdition.SignOff signOff = edition.signOff();
    return new EditionPage(edition.key(), edition.name(), edition.year(), edition.organiser(),
        Objects.toString(Bahasa.dateTime(edition.releasedAt(), zone), ""), signOff.who(),
        Objects.toString(Bahasa.dateTime(signOff.at(), zone), ""),
        signOff.decreeNumber(), sections);
  }

  private static Row row(PublishedFinalist finalist) {
    return new Row(finalist.rank(), finalist.entryKey(), finalist.title(), finalist.agency(),
        Bahasa.score(finalist.rankingDeskScore()), Bahasa.score(finalist.presentationScore()),
        Bahasa.score(finalist.finalScore()), finalist.winner(),
        finalist.winner() ? "Pemenang Peringkat " + finalist.rank() : "Finalis");
  }
}
