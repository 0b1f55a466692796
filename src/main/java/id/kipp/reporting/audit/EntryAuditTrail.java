package id.kipp.reporting.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.document.DocumentStore;
import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.reporting.CsvDocument;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The audit trail of one entry for the secretariat when a result is contested: who did what, when and why, from the
 * engine's history (process instance, activities, tasks, variable updates, user operation log), the jurors' scores
 * (table {@code evaluation}) and the conflict-of-interest declarations (table {@code conflict_declaration}).
 *
 * <p>A fixed number of queries whatever the length of the entry's history ({@link EntryHistory}); and, once the award
 * reached the entry, four for the edition's sign-off (approver and decree number). Each stage of the competition tells
 * its own events: {@link TaskEvents} (registration and the tasks people worked), {@link DocumentEvents} (every file
 * uploaded or replaced, from the document store), {@link AutomaticEvents} (steps
 * without a person), {@link JuryEvents} (scores and conflicts of interest) and {@link ManualEvents} (changes by hand,
 * the end). Events are ordered by time; events of the same instant keep the order of the competition's stages.
 *
 * <p>Per-criterion scores are not repeated here: {@code scores.csv} of the edition has them.
 */
@Service
public class EntryAuditTrail {

  static final String[] CSV_HEADER = {"at", "who", "what", "detail"};

  /** One line of the trail; {@code at} is ISO-8601 with the offset of {@code kipp.time-zone}. */
  public record Event(String at, String who, String what, String detail) {}

  /** The trail of one entry. */
  public record Trail(String entryKey, String title, String agency, List<Event> events) {}

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final ConflictDeclarations conflicts;
  private final CompetitionCalendar calendar;
  private final ObjectMapper json;
  private final DocumentStore documents;

  public EntryAuditTrail(HistoryService history, RepositoryService repository, JdbcTemplate jdbc,
      ConflictDeclarations conflicts, CompetitionCalendar calendar, ObjectMapper json, DocumentStore documents) {
    this.documents = documents;
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.conflicts = conflicts;
    this.calendar = calendar;
    this.json = json;
  }

  /** The trail of the entry with this business key (its latest instance), or empty when there is none. */
  public Optional<Trail> of(String entryKey) {
    if (entryKey == null || entryKey.isBlank()) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).processInstanceBusinessKey(entryKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return found.isEmpty() ? Optional.empty() : Optional.of(read(found.get(0)));
  }

  /** The trail as CSV: {@code at,who,what,detail}; text typed by people is made safe for spreadsheets. */
  public byte[] csv(Trail trail) {
    CsvDocument csv = new CsvDocument(CSV_HEADER);
    for (Event event : trail.events()) {
      csv.row(event.at(), CsvDocument.text(event.who()), CsvDocument.text(event.what()),
          CsvDocument.text(event.detail()));
    }
    return csv.bytes();
  }

  private Trail read(HistoricProcessInstance instance) {
    EntryHistory entry = new EntryHistory(instance, history, repository, jdbc, conflicts, json, calendar.zone());
    new TaskEvents(entry).addTo();
    new DocumentEvents(entry, documents.ofProcessInstance(instance.getId())).addTo();
    new AutomaticEvents(entry).addTo();
    new JuryEvents(entry).addTo();
    new ManualEvents(entry).addTo();
    List<Event> events = entry.drafts().stream().map(draft -> new Event(
        OffsetDateTime.ofInstant(draft.at().truncatedTo(ChronoUnit.SECONDS), calendar.zone())
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        draft.who() == null || draft.who().isBlank() ? EntryHistory.SYSTEM : draft.who(), draft.what(),
        draft.detail())).toList();
    return new Trail(instance.getBusinessKey(), EntryHistory.text(entry.latest("title")),
        EntryHistory.text(entry.latest("agency")), events);
  }
}
