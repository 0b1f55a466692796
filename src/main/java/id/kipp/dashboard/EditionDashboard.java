package id.kipp.dashboard;

import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.reporting.EntryStatus;
import id.kipp.shared.CompetitionCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The edition dashboard's answers: the editions, one edition's funnel per group, its jurors' progress and incidents,
 * and its entries as a searchable, paged table with links to Cockpit and to the audit trail.
 */
@Service
public class EditionDashboard {

  /** Largest page of the entries table. */
  public static final int MAX_PAGE_SIZE = 100;

  private final EditionSummaries summaries;
  private final EntryRows entryRows;
  private final EditionTables tables;
  private final IdentityService identity;
  private final CompetitionCalendar calendar;
  private final String cockpit;

  public EditionDashboard(EditionSummaries summaries, EntryRows entryRows, EditionTables tables,
      IdentityService identity, CompetitionCalendar calendar,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.summaries = summaries;
    this.entryRows = entryRows;
    this.tables = tables;
    this.identity = identity;
    this.calendar = calendar;
    this.cockpit = webappPath + "/app/cockpit/default/#/process-instance/";
  }

  /** One edition at a glance. */
  public record Detail(EditionSummary edition, List<Funnel> funnel, List<JurorProgress> jurors,
      List<IncidentView> incidents, List<String> stages, String readAt) {}

  /** An open incident with the link to its instance's incidents in Cockpit. */
  public record IncidentView(String businessKey, String process, String activityId, String type, String message,
      String at, String cockpitUrl) {}

  /** A page of the entries table. */
  public record EntryPage(int total, int page, int pageSize, int totalPages, List<EntryItem> items) {}

  /**
   * One row of the entries table. {@code cockpitUrl}: the running instance in Cockpit (Cockpit Community Edition shows
   * no ended instance); {@code auditUrl}: the entry's audit trail (JSON; {@code .csv} for a spreadsheet).
   */
  public record EntryItem(String key, String title, String agency, String group, String stage, boolean running,
      String waitingOn, String since, Double deskScore, String cockpitUrl, String auditUrl) {}

  public List<EditionSummary> editions() {
    return summaries.all();
  }

  public Optional<Detail> detail(String editionKey) {
    return summaries.find(editionKey).map(edition -> {
      List<EntryRow> entries = entryRows.of(edition.key());
      Set<String> stages = new LinkedHashSet<>();
      EntryStatus.STAGES.forEach(stage -> stages.add(stage.label()));
      entries.forEach(entry -> stages.add(entry.stage()));
      return new Detail(edition, Funnel.of(edition.groups(), entries), jurors(edition),
          incidents(edition.key()), List.copyOf(stages), summaries.moment(calendar.now()));
    });
  }

  public Optional<EntryPage> entries(String editionKey, String query, String group, String stage, int page,
      int pageSize) {
    return summaries.find(editionKey).map(edition -> {
      String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
      List<EntryRow> matching = entryRows.of(edition.key()).stream()
          .filter(entry -> needle.isEmpty() || contains(entry.key(), needle) || contains(entry.title(), needle)
              || contains(entry.agency(), needle))
          .filter(entry -> blank(group) || group.equals(entry.group()))
          .filter(entry -> blank(stage) || stage.equals(entry.stage()))
          .toList();
      int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
      int pages = Math.max(1, (matching.size() + size - 1) / size);
      int current = Math.max(1, Math.min(page, pages));
      List<EntryItem> items = new ArrayList<>();
      for (EntryRow entry : matching.subList((current - 1) * size, Math.min(matching.size(), current * size))) {
        items.add(new EntryItem(entry.key(), entry.title(), entry.agency(), entry.group(), entry.stage(),
            entry.running(), String.join(", ", entry.waitingOn()), summaries.moment(entry.since()),
            entry.deskScore(), entry.running() ? cockpitUrl(entry.processInstanceId(), null) : null,
            auditUrl(entry.key())));
      }
      return new EntryPage(matching.size(), current, size, pages, items);
    });
  }

  private List<JurorProgress> jurors(EditionSummary edition) {
    List<JurorProgress.EvaluationTask> tasks = tables.jurorTasks(edition.key());
    Set<String> ids = new LinkedHashSet<>(edition.jurors());
    tasks.forEach(task -> {
      if (task.assignee() != null && JurorProgress.SCORING_TASK.equals(task.taskKey())) {
        ids.add(task.assignee());
      }
    });
    Map<String, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      for (User user : identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).strip();
        names.put(user.getId(), name.isEmpty() ? user.getId() : name);
      }
    }
    return JurorProgress.of(edition.jurors(), names, tasks, tables.submitted(edition.key(), JurorEvaluation.DESK),
        tables.submitted(edition.key(), JurorEvaluation.PRESENTATION), tables.conflicts(edition.key()),
        calendar.now());
  }

  private List<IncidentView> incidents(String editionKey) {
    return tables.incidents(editionKey).stream()
        .map(incident -> new IncidentView(incident.businessKey(), incident.processKey(), incident.activityId(),
            incidentType(incident.type()), incident.message(), summaries.moment(incident.at()),
            cockpitUrl(incident.processInstanceId(), "incidents-tab")))
        .toList();
  }

  static String incidentType(String type) {
    return switch (type == null ? "" : type) {
      case "failedJob" -> "Langkah otomatis gagal";
      case "failedExternalTask" -> "Tugas eksternal gagal";
      default -> type;
    };
  }

  String cockpitUrl(String processInstanceId, String tab) {
    return cockpit + processInstanceId + "/runtime" + (tab == null ? "" : "?tab=" + tab);
  }

  static String auditUrl(String entryKey) {
    return "/api/entries/" + entryKey + "/audit";
  }

  private static boolean contains(String text, String needle) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
