package id.kipp.portal;

import id.kipp.portal.PortalEntry.Rejection;
import id.kipp.portal.PortalEntry.RevisionRequest;
import id.kipp.reporting.EntryStatus;
import id.kipp.results.PublishedResults;
import id.kipp.screening.ScreeningDecision;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Every entry of one agency, in every edition, running or ended, read from the engine with a fixed number of queries
 * whatever the number of entries: the agency's entry instances (selected in the engine by the variable
 * {@code agencyId}, never by reading other agencies' entries), their variables (one query per 500 entries), their open
 * revision tasks (one per 500 running entries), the stage of the running ones (one per stage), the names of their
 * editions (two) and the final ranks of their released editions (two per edition, from the released results), with the
 * links to the released results and, for winners and finalists, their certificate.
 *
 * <p>Queries run without a Camunda user (no authorization checks), so what is returned is decided here: only
 * instances of {@code inovasi} whose {@code agencyId} is the agency's id.
 */
@Service
public class AgencyEntries {

  /** The participant's task in {@code processes/inovasi.bpmn}. */
  static final String REVISION_TASK = "Task_Revise";
  static final String WINNER = "EndEvent_Winner";
  static final String FINALIST = "EndEvent_Finalist";
  static final String NOT_PASSED_SCREENING = "EndEvent_NotPassedScreening";

  private static final List<String> VARIABLES = Stream.concat(
      Stream.of("agencyId", "title", "editionKey", "group", "submittedAt", "screeningNote", "revisionDueAt",
          "finalist", "presentationAt", "presentationSlot"),
      ScreeningDecision.CHECKLIST.keySet().stream()).toList();

  private static final int CHUNK = 500;

  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final RepositoryService repository;
  private final CompetitionCalendar calendar;
  private final PublishedResults publishedResults;
  private final String tasklistPath;
  private final String resultsPath;

  public AgencyEntries(HistoryService history, RuntimeService runtime, TaskService tasks,
      RepositoryService repository, CompetitionCalendar calendar, PublishedResults publishedResults,
      @Value("${server.servlet.context-path:}") String contextPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.repository = repository;
    this.calendar = calendar;
    this.publishedResults = publishedResults;
    this.tasklistPath = contextPath + webappPath + "/app/tasklist/default/#/?task=";
    this.resultsPath = contextPath + "/hasil/";
  }

  /**
   * The entries of the agency {@code agencyId}, newest edition first, then by entry key. {@code viewer} is the user
   * asking: the Tasklist link of a revision task is given to its assignee only.
   */
  public List<PortalEntry> of(String agencyId, String viewer) {
    if (agencyId == null || agencyId.isBlank()) {
      return List.of();
    }
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).variableValueEquals("agencyId", agencyId).list();
    if (instances.isEmpty()) {
      return List.of();
    }
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    List<String> running = instances.stream().filter(instance -> instance.getEndTime() == null)
        .map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> variables = variables(ids);
    Map<String, Task> revisions = revisionTasks(running);
    Map<String, String> stages = stages(running);
    Map<String, Edition> editions = editions(variables.values().stream()
        .map(values -> values.get("editionKey")).filter(Objects::nonNull).map(Object::toString).toList());

    Map<String, Integer> finalRanks = new HashMap<>();
    Set<String> released = new HashSet<>();
    editions.keySet().forEach(editionKey -> {
      if (publishedResults.contains(editionKey)) {
        released.add(editionKey);
        publishedResults.finalists(editionKey).forEach(finalist -> finalRanks.put(finalist.entryKey(), finalist.rank()));
      }
    });

    List<PortalEntry> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      if (!agencyId.equals(values.get("agencyId"))) {
        continue; // the query selected it by agencyId; a mismatch here would be a bug, so show nothing
      }
      entries.add(entry(instance, values, revisions.get(instance.getId()), stages, editions, finalRanks, released,
          viewer));
    }
    Comparator<PortalEntry> newestEditionFirst = Comparator.comparing(
        (PortalEntry entry) -> editions.containsKey(entry.editionKey()) ? editions.get(entry.editionKey()).started()
            : new Date(0), Comparator.reverseOrder());
    entries.sort(newestEditionFirst.thenComparing(entry -> Objects.toString(entry.editionKey(), ""))
        .thenComparing(entry -> Objects.toString(entry.entryKey(), "")));
    return entries;
  }

  private PortalEntry entry(HistoricProcessInstance instance, Map<String, Object> values, Task revision,
      Map<String, String> stages, Map<String, Edition> editions, Map<String, Integer> finalRanks,
      Set<String> released, String viewer) {
    boolean ended = instance.getEndTime() != null;
    String end = instance.getEndActivityId();
    String stage = ended ? EntryStatus.ended(end) : stages.getOrDefault(instance.getId(), EntryStatus.IN_PROGRESS);
    String editionKey = text(values.get("editionKey"));
    Edition edition = editionKey == null ? null : editions.get(editionKey);
    // as released (table published_finalist), never from a process variable
    Integer finalRank = ended && (WINNER.equals(end) || FINALIST.equals(end))
        ? finalRanks.get(instance.getBusinessKey()) : null;
    boolean finalist = Boolean.TRUE.equals(values.get("finalist"));

    RevisionRequest revisionRequest = null;
    OffsetDateTime revisionDueAt = null;
    if (revision != null) {
      revisionDueAt = time(revision.getDueDate() != null ? revision.getDueDate() : values.get("revisionDueAt"));
      revisionRequest = new RevisionRequest(revision.getId(), revision.getName(), revision.getAssignee(),
          revisionDueAt, text(values.get("screeningNote")), unmet(values),
          viewer != null && viewer.equals(revision.getAssignee()) ? tasklistPath + revision.getId() : null);
    }
    Rejection rejection = ended && NOT_PASSED_SCREENING.equals(end)
        ? new Rejection(text(values.get("screeningNote")), unmet(values))
        : null;
    return new PortalEntry(instance.getBusinessKey(), text(values.get("title")), editionKey,
        edition == null ? null : edition.name(), text(values.get("group")), time(values.get("submittedAt")), stage,
        ended, finalRank, revisionDueAt, finalist ? time(values.get("presentationAt")) : null,
        finalist ? text(values.get("presentationSlot")) : null, revisionRequest, rejection,
        // links once the secretariat released the results, never before
        editionKey != null && released.contains(editionKey) ? resultsPath + editionKey : null,
        finalRank != null ? resultsPath + editionKey + "/piagam/" + instance.getBusinessKey() + ".pdf" : null);
  }

  /** Process-level variables of the instances, in chunks. */
  private Map<String, Map<String, Object>> variables(List<String> ids) {
    Map<String, Map<String, Object>> variables = new HashMap<>();
    String[] names = VARIABLES.toArray(String[]::new);
    for (String[] chunk : chunks(ids)) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk)
          .variableNameIn(names).disableCustomObjectDeserialization().list()) {
        // process-level variables only (a task or sub-process may have local ones of the same name)
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())
            && !(variable.getTypedValue() instanceof ObjectValue) && variable.getValue() != null) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    return variables;
  }

  /** Open revision tasks of the running instances, by process instance id. */
  private Map<String, Task> revisionTasks(List<String> running) {
    Map<String, Task> revisions = new HashMap<>();
    for (String[] chunk : chunks(running)) {
      for (Task task : tasks.createTaskQuery().processInstanceIdIn(chunk).taskDefinitionKey(REVISION_TASK).list()) {
        revisions.put(task.getProcessInstanceId(), task);
      }
    }
    return revisions;
  }

  /** Running instances → label of their current stage; one query per stage (later stages overwrite earlier ones). */
  private Map<String, String> stages(List<String> running) {
    Map<String, String> stages = new HashMap<>();
    if (running.isEmpty()) {
      return stages;
    }
    for (EntryStatus.Stage stage : EntryStatus.STAGES) {
      for (String[] chunk : chunks(running)) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(Set.of(chunk))
            .activityIdIn(stage.activityIds().toArray(String[]::new)).list()) {
          stages.put(instance.getId(), stage.label());
        }
      }
    }
    return stages;
  }

  private record Edition(String name, Date started) {}

  /** Edition business key → its name and start; two queries. */
  private Map<String, Edition> editions(List<String> keys) {
    Set<String> distinct = new LinkedHashSet<>(keys);
    Map<String, Edition> editions = new HashMap<>();
    if (distinct.isEmpty()) {
      return editions;
    }
    Map<String, HistoricProcessInstance> byId = new HashMap<>();
    // newest first: should a key have been used twice, the latest edition of that key counts
    for (HistoricProcessInstance edition : history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repository))
        .processInstanceBusinessKeyIn(distinct.toArray(String[]::new))
        .orderByProcessInstanceStartTime().desc().list()) {
      if (!editions.containsKey(edition.getBusinessKey())) {
        byId.put(edition.getId(), edition);
        editions.put(edition.getBusinessKey(), new Edition(null, edition.getStartTime()));
      }
    }
    if (byId.isEmpty()) {
      return editions;
    }
    for (HistoricVariableInstance name : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(byId.keySet().toArray(String[]::new)).variableName("editionName").list()) {
      HistoricProcessInstance edition = byId.get(name.getProcessInstanceId());
      if (edition.getId().equals(name.getExecutionId()) && name.getValue() != null) {
        editions.put(edition.getBusinessKey(), new Edition(name.getValue().toString(), edition.getStartTime()));
      }
    }
    return editions;
  }

  private List<String[]> chunks(List<String> ids) {
    List<String[]> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new));
    }
    return chunks;
  }

  /** The screening requirements the secretariat marked as not met (unticked), in the checklist's order. */
  private static List<String> unmet(Map<String, Object> values) {
    return ScreeningDecision.CHECKLIST.entrySet().stream()
        .filter(check -> Boolean.FALSE.equals(values.get(check.getKey())))
        .map(Map.Entry::getValue).toList();
  }

  private OffsetDateTime time(Object value) {
    return value instanceof Date date ? OffsetDateTime.ofInstant(date.toInstant(), calendar.zone()) : null;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString();
  }
}
