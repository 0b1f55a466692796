package id.kipp.reporting;

import id.kipp.award.FinalStanding;
import id.kipp.award.FinalStandings;
import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.presentation.PresentationResults;
import id.kipp.reporting.EditionHistory.Edition;
import id.kipp.reporting.EditionHistory.Entry;
import id.kipp.shared.CompetitionCalendar;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The secretariat's exports of one edition, as CSV (see {@link CsvDocument}): every score, the ranking of every entry
 * and the juror assignment. An unknown edition is an {@link EditionNotFoundException}.
 */
@Service
public class EditionExports {

  static final String[] SCORES_HEADER = {"entry_key", "group", "juror", "criterion", "score", "submitted_at"};
  static final String[] RANKING_HEADER = {"rank", "entry_key", "title", "agency", "group", "desk_score",
      "presentation_score", "final_score", "status"};
  static final String[] ASSIGNMENTS_HEADER = {"entry_key", "agency", "juror"};

  private final EditionHistory history;
  private final EvaluationScores scores;
  private final CompetitionCalendar calendar;
  private final DeskResults deskResults;
  private final PresentationResults presentationResults;
  private final FinalStandings finalStandings;

  public EditionExports(EditionHistory history, EvaluationScores scores, CompetitionCalendar calendar,
      DeskResults deskResults, PresentationResults presentationResults, FinalStandings finalStandings) {
    this.history = history;
    this.scores = scores;
    this.calendar = calendar;
    this.deskResults = deskResults;
    this.presentationResults = presentationResults;
    this.finalStandings = finalStandings;
  }

  /**
   * One row per entry, juror and criterion of the desk evaluation and of the presentation (criterion
   * {@code presentation}); submitted_at in ISO-8601 with the offset of the organiser's time zone.
   */
  public byte[] scores(String editionKey) {
    Edition edition = edition(editionKey);
    Map<String, Entry> entries = byKey(history.entries(edition));
    CsvDocument csv = new CsvDocument(SCORES_HEADER);
    for (EvaluationScores.Score score : scores.ofEdition(edition.key())) {
      Entry entry = entries.get(score.entryKey());
      csv.row(score.entryKey(), entry == null ? null : CsvDocument.text(entry.text("group")),
          score.jurorId(), score.criterion(), CsvDocument.plain(score.score()),
          OffsetDateTime.ofInstant(score.submittedAt().truncatedTo(ChronoUnit.SECONDS), calendar.zone())
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
    return csv.bytes();
  }

  /**
   * One row per entry, also those refused at screening, by group (in the edition's order) then rank: the final rank
   * of a finalist once the award is computed, else the desk rank, else none (last, by entry key). Scores and ranks come
   * from the application's tables ({@code desk_result}, {@code presentation_result}, {@code final_standing}); the desk
   * score shown is {@link DeskResult#rankingDeskScore()}, the one the entry is ranked with.
   */
  public byte[] ranking(String editionKey) {
    Edition edition = edition(editionKey);
    List<Entry> entries = new ArrayList<>(history.entries(edition));
    Map<String, DeskResult> desk = deskResults.ofEdition(edition.key());
    Map<String, Double> presentation = presentationResults.ofEdition(edition.key());
    Map<String, FinalStanding> standings = new HashMap<>();
    finalStandings.of(edition.key()).forEach(standing -> standings.put(standing.entryKey(), standing));
    Map<String, Long> ranks = new HashMap<>();
    entries.forEach(entry -> ranks.put(entry.key(), rank(standings.get(entry.key()), desk.get(entry.key()))));
    Comparator<Entry> order = Comparator
        .comparingInt((Entry entry) -> groupOrder(edition.groups(), entry.text("group")))
        .thenComparing(entry -> entry.text("group") == null ? "" : entry.text("group"))
        .thenComparing(entry -> ranks.get(entry.key()) == null ? Long.MAX_VALUE : ranks.get(entry.key()))
        .thenComparing(Entry::key);
    entries.sort(order);
    CsvDocument csv = new CsvDocument(RANKING_HEADER);
    for (Entry entry : entries) {
      DeskResult result = desk.get(entry.key());
      FinalStanding standing = standings.get(entry.key());
      csv.row(CsvDocument.whole(ranks.get(entry.key())), entry.key(), CsvDocument.text(entry.text("title")),
          CsvDocument.text(entry.text("agency")), CsvDocument.text(entry.text("group")),
          CsvDocument.twoDecimals(result == null ? null : result.rankingDeskScore()),
          CsvDocument.twoDecimals(presentation.get(entry.key())),
          CsvDocument.twoDecimals(standing == null ? null : standing.finalScore()), entry.status());
    }
    return csv.bytes();
  }

  /**
   * One row per entry and juror of the released assignment, as it stands now (a juror replaced after a conflict of
   * interest or an overdue hand-over is shown replaced); only the header before it is released.
   */
  public byte[] assignments(String editionKey) {
    Edition edition = edition(editionKey);
    CsvDocument csv = new CsvDocument(ASSIGNMENTS_HEADER);
    if (edition.assignments().isEmpty()) {
      return csv.bytes();
    }
    Map<String, Entry> entries = byKey(history.entries(edition));
    new TreeMap<>(edition.assignments()).forEach((entryKey, released) -> {
      Entry entry = entries.get(entryKey);
      @SuppressWarnings("unchecked")
      List<String> current = entry == null ? null : (List<String>) entry.variables().get("jurors");
      List<String> jurors = current != null ? current : released;
      for (String juror : jurors == null ? List.<String>of() : jurors) {
        csv.row(entryKey, entry == null ? null : CsvDocument.text(entry.text("agency")), juror);
      }
    });
    return csv.bytes();
  }

  private Edition edition(String editionKey) {
    return history.edition(editionKey).orElseThrow(() -> new EditionNotFoundException(editionKey));
  }

  private static Map<String, Entry> byKey(List<Entry> entries) {
    Map<String, Entry> byKey = new HashMap<>();
    entries.forEach(entry -> byKey.put(entry.key(), entry));
    return byKey;
  }

  private static Long rank(FinalStanding standing, DeskResult desk) {
    if (standing != null) {
      return (long) standing.rank();
    }
    return desk == null || desk.deskRank() == null ? null : (long) desk.deskRank();
  }

  private static int groupOrder(List<String> groups, String group) {
    int index = group == null ? -1 : groups.indexOf(group);
    return index < 0 ? groups.size() : index;
  }
}
