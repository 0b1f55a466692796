package id.kipp.dashboard;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Every edition, running or ended (Cockpit Community Edition shows running instances only), from the history: one
 * query for the editions, one for their variables and one per running edition for its open steps.
 */
@Component
public class EditionSummaries {

  static final String ENDED = "Selesai";

  private static final List<String> VARIABLES = List.of("editionName", "groups", "jurors", "registrationClosesAt",
      "registrationClosed", "evaluationDueAt", "presentationAt");

  /** Activity types that are no step anyone waits for. */
  private static final Set<String> NOT_STEPS = Set.of("subProcess", "multiInstanceBody", "startEvent",
      "messageStartEvent", "noneEndEvent", "exclusiveGateway", "parallelGateway", "inclusiveGateway");

  private final HistoryService history;
  private final RepositoryService repository;
  private final CompetitionCalendar calendar;

  public EditionSummaries(HistoryService history, RepositoryService repository, CompetitionCalendar calendar) {
    this.history = history;
    this.repository = repository;
    this.calendar = calendar;
  }

  /** Running editions first, then by start, newest first. */
  public List<EditionSummary> all() {
    return read(history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repository)).orderByProcessInstanceStartTime().desc().list());
  }

  /** The edition with this business key (its latest instance). */
  public Optional<EditionSummary> find(String editionKey) {
    if (editionKey == null || editionKey.isBlank()) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repository)).processInstanceBusinessKey(editionKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return read(found).stream().findFirst();
  }

  private List<EditionSummary> read(List<HistoricProcessInstance> instances) {
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(VARIABLES.toArray(String[]::new)).list()) {
      if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
        variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    Instant now = calendar.now();
    List<EditionSummary> editions = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (HistoricProcessInstance instance : instances) {
      if (instance.getBusinessKey() == null || !seen.add(instance.getBusinessKey())) {
        continue; // an edition key started again: the latest instance (listed first) is the edition
      }
      Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
      boolean running = instance.getEndTime() == null;
      Deadline next = running ? next(v, now) : null;
      editions.add(new EditionSummary(instance.getBusinessKey(),
          v.get("editionName") == null ? instance.getBusinessKey() : v.get("editionName").toString(),
          instance.getId(), running, running ? openSteps(instance.getId()) : ENDED,
          moment(instance.getStartTime()), moment(instance.getEndTime()),
          next == null ? null : next.label, next == null ? null : moment(next.at),
          next == null ? null : (int) ChronoUnit.DAYS.between(calendar.today(),
              LocalDate.ofInstant(next.at.toInstant(), calendar.zone())),
          Vars.textList(v.get("groups")), Vars.textList(v.get("jurors"))));
    }
    editions.sort(Comparator.comparing(EditionSummary::running).reversed());
    return editions;
  }

  /** The names of the steps the edition waits at, in the order they began. */
  private String openSteps(String processInstanceId) {
    Set<String> names = new LinkedHashSet<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).unfinished().orderByHistoricActivityInstanceStartTime().asc().list()) {
      if (activity.getActivityName() != null && !NOT_STEPS.contains(activity.getActivityType())) {
        names.add(activity.getActivityName());
      }
    }
    return names.isEmpty() ? "Berjalan" : String.join(" · ", names);
  }

  private record Deadline(String label, Date at) {}

  private static Deadline next(Map<String, Object> v, Instant now) {
    List<Deadline> dates = new ArrayList<>();
    if (!Boolean.TRUE.equals(v.get("registrationClosed"))) {
      dates.add(new Deadline("Penutupan pendaftaran", (Date) v.get("registrationClosesAt")));
    }
    dates.add(new Deadline("Batas penilaian proposal", (Date) v.get("evaluationDueAt")));
    dates.add(new Deadline("Presentasi finalis", (Date) v.get("presentationAt")));
    return dates.stream().filter(d -> d.at != null && d.at.toInstant().isAfter(now)).findFirst().orElse(null);
  }

  private String moment(Date date) {
    return date == null ? null : moment(date.toInstant());
  }

  String moment(Instant instant) {
    return instant == null ? null : MOMENT.format(OffsetDateTime.ofInstant(instant, calendar.zone()));
  }

  /** ISO-8601 with the offset of the competition's time zone, to the second (as the audit trail). */
  static final java.time.format.DateTimeFormatter MOMENT =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
}
