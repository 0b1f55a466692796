package id.kipp.reporting.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.shared.Bahasa;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One entry's history, read once per request with a fixed number of queries (the instance, its activities, its tasks,
 * its primitive variable updates and never-changed variables, the updates and never-changed values of its juror
 * lists, its user operation log — for the entry and the juror
 * evaluations it called), and the events drafted from it by the stage readers ({@link TaskEvents},
 * {@link AutomaticEvents}, {@link JuryEvents}, {@link ManualEvents}).
 */
final class EntryHistory {

  /** The one who acts when no person does: a timer, a message from the edition, an automatic step. */
  static final String SYSTEM = "sistem";
  static final String COMPLETED = "completed";

  /** Order of events of the same instant: the order of the competition's stages. */
  static final int REGISTERED = 0;
  static final int TASK_CHANGED = 10;
  static final int DECIDED = 20;
  static final int SCORED = 30;
  static final int REPLACED = 40;
  static final int COMPUTED = 50;
  static final int FINALISTS = 60;
  static final int AWARD = 70;
  static final int USER_CHANGE = 80;
  static final int ENDED = 100;

  /** Variable types read from the history (files and JSON values are left out; the juror lists are read apart). */
  private static final String[] PRIMITIVE_TYPES = {"string", "boolean", "long", "integer", "short", "double", "date",
      "null"};

  final HistoryService history;
  final RepositoryService repository;
  final JdbcTemplate jdbc;
  final ConflictDeclarations conflicts;
  private final ObjectMapper json;
  private final ZoneId zone;

  final HistoricProcessInstance instance;
  private final List<Draft> drafts = new ArrayList<>();
  final Map<String, HistoricActivityInstance> activities = new HashMap<>();
  final Map<String, HistoricTaskInstance> tasks = new LinkedHashMap<>();
  /** Primitive variable updates in the order they happened (partially: by time, then per variable). */
  final List<HistoricVariableUpdate> updates = new ArrayList<>();
  final Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
  final Map<String, List<HistoricVariableUpdate>> jurorListByActivity = new HashMap<>();
  final List<UserOperationLogEntry> operations;
  /** Process definitions of the entry and its juror evaluations; their BPMN is read when a task was interrupted. */
  final Set<String> definitions = new LinkedHashSet<>();

  EntryHistory(HistoricProcessInstance instance, HistoryService history, RepositoryService repository,
      JdbcTemplate jdbc, ConflictDeclarations conflicts, ObjectMapper json, ZoneId zone) {
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.conflicts = conflicts;
    this.json = json;
    this.zone = zone;
    this.instance = instance;
    // the entry and the juror evaluations it called ("penilaian-juri" and "penilaian-presentasi", one instance per
    // juror and stage)
    List<HistoricProcessInstance> instances = new ArrayList<>();
    instances.add(instance);
    instances.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(instance.getId()).list());
    instances.forEach(each -> definitions.add(each.getProcessDefinitionId()));
    String[] ids = instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    List<HistoricTaskInstance> allTasks = new ArrayList<>();
    List<UserOperationLogEntry> allOperations = new ArrayList<>();
    for (String id : ids) {
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
          .list()) {
        activities.put(activity.getId(), activity);
      }
      allTasks.addAll(history.createHistoricTaskInstanceQuery().processInstanceId(id).list());
      allOperations.addAll(history.createUserOperationLogQuery().processInstanceId(id).list());
    }
    allTasks.sort(Comparator.comparing(HistoricTaskInstance::getStartTime));
    allTasks.forEach(task -> tasks.put(task.getId(), task));
    // files and JSON values are not fetched: the trail needs only their names and the juror lists (below); a
    // variable that never changed has no detail, its one value is its historic variable's (FirstValue)
    List<HistoricVariableUpdate> primitive = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
        .variableTypeIn(PRIMITIVE_TYPES).disableBinaryFetching()
        .orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
      primitive.add((HistoricVariableUpdate) detail);
    }
    addFirstValues(primitive, history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableTypeIn(PRIMITIVE_TYPES).disableBinaryFetching().list());
    for (HistoricVariableUpdate update : primitive) {
      updates.add(update);
      if (update.getActivityInstanceId() != null) {
        updatesByActivity.computeIfAbsent(update.getActivityInstanceId(), key -> new ArrayList<>()).add(update);
      }
    }
    List<HistoricVariableUpdate> jurorLists = new ArrayList<>();
    for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
        .variableNameLike("jurors").disableCustomObjectDeserialization().orderByTime().asc().list()) {
      jurorLists.add((HistoricVariableUpdate) detail);
    }
    addFirstValues(jurorLists, history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameLike("jurors").disableCustomObjectDeserialization().list());
    for (HistoricVariableUpdate update : jurorLists) {
      if (update.getActivityInstanceId() != null) {
        jurorListByActivity.computeIfAbsent(update.getActivityInstanceId(), key -> new ArrayList<>()).add(update);
      }
    }
    allOperations.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp));
    operations = allOperations;
  }


  /**
   * Adds the variables without any detail (never changed: their creation is their historic row) to the updates, which
   * stay in the order they happened (a creation before the other updates of the same instant).
   */
  private static void addFirstValues(List<HistoricVariableUpdate> updates, List<HistoricVariableInstance> variables) {
    Set<String> withDetails = new HashSet<>();
    updates.forEach(update -> withDetails.add(update.getVariableInstanceId()));
    boolean added = false;
    for (HistoricVariableInstance variable : variables) {
      if (!withDetails.contains(variable.getId())) {
        updates.add(new FirstValue(variable));
        added = true;
      }
    }
    if (added) {
      updates.sort(Comparator.comparing(HistoricVariableUpdate::getTime)
          .thenComparing(update -> update instanceof FirstValue ? 0 : 1));
    }
  }

  /** The drafted events, in the order they happened (same instant: the order of the stages). */
  List<Draft> drafts() {
    List<Draft> sorted = new ArrayList<>(drafts);
    sorted.sort(Comparator.comparing(Draft::at).thenComparingInt(Draft::phase).thenComparingLong(Draft::seq));
    return sorted;
  }

  void add(Date at, int phase, String who, String what, String detail) {
    if (at != null) {
      drafts.add(new Draft(at.toInstant(), phase, drafts.size(), who, what, detail));
    }
  }

  /** The user who completed the task (user operation log), else its assignee; null when neither is known. */
  String completedBy(HistoricTaskInstance task) {
    return operations.stream()
        .filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())
            && task.getId().equals(entry.getTaskId()) && entry.getUserId() != null)
        .map(UserOperationLogEntry::getUserId).findFirst().orElse(task.getAssignee());
  }

  String activityName(HistoricTaskInstance task) {
    HistoricActivityInstance activity = activities.get(task.getActivityInstanceId());
    return activity != null && activity.getActivityName() != null ? activity.getActivityName() : task.getName();
  }

  /** Whether the boundary event (BPMN id) cancels the activity it is attached to, which must be this one. */
  boolean interrupts(String boundaryId, String attachedTo) {
    for (String definition : definitions) {
      BpmnModelInstance model = repository.getBpmnModelInstance(definition);
      if (model.getModelElementById(boundaryId) instanceof BoundaryEvent event) {
        return event.cancelActivity() && event.getAttachedTo() != null
            && event.getAttachedTo().getId().equals(attachedTo);
      }
    }
    return false;
  }

  String parentOf(String activityInstanceId) {
    HistoricActivityInstance activity = activityInstanceId == null ? null : activities.get(activityInstanceId);
    return activity == null ? null : activity.getParentActivityInstanceId();
  }

  /** The assignee of the user task that ran beside this activity (a reminder) in the same scope. */
  String runningTaskAssignee(HistoricActivityInstance activity) {
    String scope = activity.getParentActivityInstanceId();
    return tasks.values().stream()
        .filter(task -> Objects.equals(scope, parentOf(task.getActivityInstanceId()))
            && !task.getStartTime().after(activity.getStartTime()))
        .max(Comparator.comparing(HistoricTaskInstance::getStartTime))
        .map(HistoricTaskInstance::getAssignee).orElse(null);
  }

  /** A variable as this activity set it, else as it stood when the activity ended. */
  Object valueIn(HistoricActivityInstance activity, String name) {
    HistoricVariableUpdate update = lastUpdate(updatesByActivity.getOrDefault(activity.getId(), List.of()), name);
    return update != null ? update.getValue() : valueBeforeEnd(activity, name);
  }

  Object valueBeforeEnd(HistoricActivityInstance activity, String name) {
    Object value = null;
    for (HistoricVariableUpdate update : updates) {
      if (name.equals(update.getVariableName()) && !update.getTime().after(activity.getEndTime())) {
        value = update.getValue();
      }
    }
    return value;
  }

  /** The value of the variable before this update. */
  Object valueBefore(String name, HistoricVariableUpdate change) {
    Object value = null;
    for (HistoricVariableUpdate update : updates) {
      if (update == change) {
        break;
      }
      if (name.equals(update.getVariableName())) {
        value = update.getValue();
      }
    }
    return value;
  }

  Object first(String name) {
    return updates.stream().filter(update -> name.equals(update.getVariableName()))
        .map(HistoricVariableUpdate::getValue).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** The entry's own latest value (a juror evaluation holds a blinded copy of some of them). */
  Object latest(String name) {
    return last(updates.stream().filter(update -> instance.getId().equals(update.getProcessInstanceId())).toList(),
        name);
  }

  List<String> jurorList(String activityInstanceId) {
    List<HistoricVariableUpdate> set = jurorListByActivity.getOrDefault(activityInstanceId, List.of());
    if (set.isEmpty()) {
      return List.of();
    }
    TypedValue value = set.get(set.size() - 1).getTypedValue();
    try {
      if (value instanceof ObjectValue object) {
        if (object.isDeserialized()) {
          return json.convertValue(object.getValue(), new TypeReference<List<String>>() {});
        }
        return object.getValueSerialized() == null ? List.of()
            : json.readValue(object.getValueSerialized(), new TypeReference<List<String>>() {});
      }
      return value == null || value.getValue() == null ? List.of()
          : json.convertValue(value.getValue(), new TypeReference<List<String>>() {});
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return List.of();
    }
  }

  String at(Date date) {
    return Bahasa.dateTime(date.toInstant(), zone);
  }

  String screeningOutcome(String outcome, String note, Object revisionDue) {
    String reason = note == null || note.isBlank() ? "" : note.trim();
    if ("LOLOS".equals(outcome)) {
      return "Hasil: lolos." + (reason.isEmpty() ? "" : " Catatan: " + reason);
    }
    if ("PERBAIKAN".equals(outcome)) {
      return "Hasil: perlu perbaikan" + (revisionDue instanceof Date due ? ", batas perbaikan " + at(due) : "")
          + "." + (reason.isEmpty() ? "" : " Yang harus diperbaiki: " + reason);
    }
    if ("TIDAK_LOLOS".equals(outcome)) {
      return "Hasil: tidak lolos." + (reason.isEmpty() ? "" : " Alasan: " + reason);
    }
    return "Hasil seleksi tidak tercatat.";
  }

  record Draft(Instant at, int phase, long seq, String who, String what, String detail) {}

  static HistoricVariableUpdate lastUpdate(List<HistoricVariableUpdate> updates, String name) {
    HistoricVariableUpdate found = null;
    for (HistoricVariableUpdate update : updates) {
      if (name.equals(update.getVariableName())) {
        found = update;
      }
    }
    return found;
  }

  static Object last(List<HistoricVariableUpdate> updates, String name) {
    HistoricVariableUpdate update = lastUpdate(updates, name);
    return update == null ? null : update.getValue();
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  /** A score as {@link Bahasa#score} says it (85,00), or "–" when there is none. */
  static String number(Object value) {
    return value instanceof Number n ? Bahasa.score(n.doubleValue()) : Bahasa.MISSING;
  }
}
