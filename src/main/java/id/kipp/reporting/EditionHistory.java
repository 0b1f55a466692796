package id.kipp.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.shared.Processes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Reads an edition and all its entries, running or ended, from the engine's history with a fixed number of queries
 * (whatever the number of entries): one for the edition, one for its entries, one per 500 entries for their variables
 * and, when some entries still run, one per stage for where they are.
 */
@Component
public class EditionHistory {

  /** Entry variables the exports need (process-level variables of {@code inovasi}). */
  static final String[] ENTRY_VARIABLES = {"group", "title", "agency", "jurors"};

  private static final int CHUNK = 500;

  private final HistoryService history;
  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ObjectMapper json;

  public EditionHistory(HistoryService history, RuntimeService runtime, RepositoryService repository,
      ObjectMapper json) {
    this.history = history;
    this.runtime = runtime;
    this.repository = repository;
    this.json = json;
  }

  /** An edition: its groups in their order and the released juror assignment (empty before its release). */
  public record Edition(String processInstanceId, String key, List<String> groups,
      Map<String, List<String>> assignments) {}

  /** One entry with its process variables and its status label. */
  public record Entry(String processInstanceId, String key, Map<String, Object> variables, String status) {
    public Object get(String name) {
      return variables.get(name);
    }

    public String text(String name) {
      Object value = variables.get(name);
      return value == null ? null : value.toString();
    }
  }

  public Optional<Edition> edition(String editionKey) {
    if (editionKey == null || editionKey.isBlank()) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repository)).processInstanceBusinessKey(editionKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    String id = found.get(0).getId();
    Map<String, TypedValue> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableNameIn("groups", "assignments").disableCustomObjectDeserialization().list()) {
      if (id.equals(variable.getExecutionId())) {
        variables.put(variable.getName(), variable.getTypedValue());
      }
    }
    List<String> groups = read(variables.get("groups"), new TypeReference<List<String>>() {});
    Map<String, List<String>> assignments = read(variables.get("assignments"),
        new TypeReference<LinkedHashMap<String, List<String>>>() {});
    return Optional.of(new Edition(id, editionKey, groups == null ? List.of() : groups,
        assignments == null ? Map.of() : assignments));
  }

  /** Every entry of the edition (also those refused at screening), ordered by entry key. */
  public List<Entry> entries(Edition edition) {
    Pattern entryKey = Pattern.compile(Pattern.quote(edition.key()) + "-\\d+");
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).processInstanceBusinessKeyLike(edition.key() + "-%")
        .orderByProcessInstanceBusinessKey().asc().list().stream()
        .filter(instance -> instance.getBusinessKey() != null && entryKey.matcher(instance.getBusinessKey()).matches())
        .toList();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk)
          .variableNameIn(ENTRY_VARIABLES).disableCustomObjectDeserialization().list()) {
        // process-level variables only (a task or sub-process may have local ones of the same name)
        if (!variable.getProcessInstanceId().equals(variable.getExecutionId())) {
          continue;
        }
        if ("jurors".equals(variable.getName())) {
          // the entry's current jurors, after conflict-of-interest replacements and hand-overs
          variables.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
              .put(variable.getName(), read(variable.getTypedValue(), new TypeReference<List<String>>() {}));
        } else if (!(variable.getTypedValue() instanceof ObjectValue)) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), key -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    boolean anyRunning = instances.stream().anyMatch(instance -> instance.getEndTime() == null);
    Map<String, String> stages = anyRunning ? runningStages(edition.key()) : Map.of();
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : instances) {
      String status = instance.getEndTime() != null
          ? EntryStatus.ended(instance.getEndActivityId())
          : stages.getOrDefault(instance.getId(), EntryStatus.IN_PROGRESS);
      entries.add(new Entry(instance.getId(), instance.getBusinessKey(),
          variables.getOrDefault(instance.getId(), Map.of()), status));
    }
    return entries;
  }

  /** Running entries of the edition → label of their current stage; one query per stage. */
  private Map<String, String> runningStages(String editionKey) {
    Map<String, String> stages = new HashMap<>();
    for (EntryStatus.Stage stage : EntryStatus.STAGES) {
      for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(Processes.ENTRY)
          .processInstanceBusinessKeyLike(editionKey + "-%")
          .activityIdIn(stage.activityIds().toArray(String[]::new)).list()) {
        stages.put(instance.getId(), stage.label()); // later stages overwrite earlier ones
      }
    }
    return stages;
  }

  /** A JSON variable (as the edition stores its lists and maps) read without deserialising it in the engine. */
  private <T> T read(TypedValue value, TypeReference<T> type) {
    if (value == null) {
      return null;
    }
    try {
      if (value instanceof ObjectValue object) {
        if (object.isDeserialized()) {
          return json.convertValue(object.getValue(), type);
        }
        String serialized = object.getValueSerialized();
        return serialized == null ? null : json.readValue(serialized, type);
      }
      return json.convertValue(value.getValue(), type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("Edition variable cannot be read as " + type.getType(), e);
    }
  }
}
