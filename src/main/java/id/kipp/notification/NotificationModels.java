package id.kipp.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a template may use, the same names for every template (a value that does not apply is null, so
 * {@code [# th:if="${presentation.slot}"]} works everywhere):
 *
 * <pre>
 * recipient.name, recipient.address
 * edition.key, edition.name, edition.organiser
 * entry.key, entry.title, entry.group, entry.agency, entry.unit, entry.contactName
 * screening.note, screening.revisionDueAt
 * finalist.deskRank
 * presentation.at, presentation.date, presentation.slot
 * result.rank, result.score, result.winner
 * juror.id, juror.name, juror.dueAt
 * app.url, app.tasklistUrl
 * </pre>
 *
 * Dates are already formatted in Bahasa Indonesia. What an audience may not know is left out here, whatever a
 * template asks for: a juror's message never carries contact data or the screening and results, and carries the
 * agency only when the edition is not blind.
 */
public final class NotificationModels {

  private final IndonesianDates dates;
  private final String appUrl;

  public NotificationModels(IndonesianDates dates, String appUrl) {
    this.dates = dates;
    this.appUrl = appUrl;
  }

  /** Edition details looked up from the edition's process (name and organiser may be null). */
  public record Edition(String key, String name, String organiser) {}

  public Map<String, Object> model(Audience audience, NotificationFacts facts, Recipient recipient, Edition edition,
      Person juror) {
    boolean participantView = audience != Audience.JUROR;
    boolean showAgency = participantView || !facts.blindReview();

    Map<String, Object> model = new LinkedHashMap<>();
    model.put("recipient", map("name", recipient.name(), "address", recipient.address()));
    model.put("edition", map("key", edition == null ? facts.editionKey() : edition.key(),
        "name", edition == null || edition.name() == null ? facts.editionKey() : edition.name(),
        "organiser", edition == null ? null : edition.organiser()));
    model.put("entry", map("key", facts.entryKey(), "title", facts.title(), "group", facts.group(),
        "agency", showAgency ? facts.agency() : null,
        "unit", showAgency ? facts.unit() : null,
        "contactName", participantView ? facts.contactName() : null));
    model.put("screening", map("note", participantView ? facts.screeningNote() : null,
        "revisionDueAt", participantView ? dates.dateTime(facts.revisionDueAt()) : null));
    model.put("finalist", map("deskRank", participantView ? facts.deskRank() : null));
    model.put("presentation", map("at", participantView ? dates.dateTime(facts.presentationAt()) : null,
        "date", participantView ? dates.day(facts.presentationAt()) : null,
        "slot", participantView ? facts.presentationSlot() : null));
    model.put("result", map("rank", participantView ? facts.finalRank() : null,
        "score", participantView ? IndonesianDates.score(facts.finalScore()) : null,
        "winner", participantView ? facts.winner() : null));
    model.put("juror", map("id", juror == null ? facts.juror() : juror.id(),
        "name", juror == null ? facts.juror() : juror.name(),
        "dueAt", dates.dateTime(facts.jurorDueAt())));
    model.put("app", map("url", appUrl, "tasklistUrl", appUrl + "/camunda/app/tasklist/default/"));
    return model;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
