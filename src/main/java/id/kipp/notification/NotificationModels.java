package id.kipp.notification;

import id.kipp.shared.Bahasa;
import java.time.ZoneId;
import java.util.Date;
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
 * Dates and scores are already formatted by {@link Bahasa} (deadlines and presentations with the weekday:
 * "Selasa, 1 Oktober 2019 pukul 09.20 WIB"; scores "81,50"). What an audience may not know is left out here, whatever a
 * template asks for: a juror's message never carries contact data or the screening and results, and carries the
 * agency only when the edition is not blind.
 */
public final class NotificationModels {

  private final ZoneId zone;
  private final String appUrl;

  public NotificationModels(ZoneId zone, String appUrl) {
    this.zone = zone;
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
        "revisionDueAt", participantView ? dayDateTime(facts.revisionDueAt()) : null));
    model.put("finalist", map("deskRank", participantView ? facts.deskRank() : null));
    model.put("presentation", map("at", participantView ? dayDateTime(facts.presentationAt()) : null,
        "date", participantView ? dayDate(facts.presentationAt()) : null,
        "slot", participantView ? facts.presentationSlot() : null));
    model.put("result", map("rank", participantView ? facts.finalRank() : null,
        "score", participantView ? facts.finalScore() == null ? null : Bahasa.score(facts.finalScore()) : null,
        "winner", participantView ? facts.winner() : null));
    model.put("juror", map("id", juror == null ? facts.juror() : juror.id(),
        "name", juror == null ? facts.juror() : juror.name(),
        "dueAt", dayDateTime(facts.jurorDueAt())));
    model.put("app", map("url", appUrl, "tasklistUrl", appUrl + "/camunda/app/tasklist/default/"));
    return model;
  }

  private String dayDateTime(Date moment) {
    return moment == null ? null : Bahasa.dayDateTime(moment.toInstant(), zone);
  }

  private String dayDate(Date moment) {
    return moment == null ? null : Bahasa.dayDate(moment.toInstant(), zone);
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
