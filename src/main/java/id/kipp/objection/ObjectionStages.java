package id.kipp.objection;

import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

/**
 * Reads an edition's uji-publik stage for the public page: whether objections may be filed now, the proposed finalists
 * with what describes them publicly (title, agency, group, summary) and their public documents (never the signed
 * declaration or contact data). Read through the engine's history, so the page stays the same after the stage ended.
 */
@Component
public class ObjectionStages {

  /** The uji-publik process (processes/uji-publik.bpmn). */
  static final String PROCESS = "uji-publik";
  /** While this task waits, the public may object. */
  static final String RECORD_TASK = "Task_RecordObjections";

  /** The public documents of a proposed finalist: process variable, id in the address, label. */
  static final List<PublicDocument> DOCUMENTS = List.of(
      new PublicDocument("innovationProposalFile", "proposal-inovasi", "Proposal Inovasi Pelayanan Publik"),
      new PublicDocument("performanceProposalFile", "proposal-kinerja",
          "Proposal Kinerja Penyelenggara Pelayanan Publik"));

  private static final List<String> TEXT = List.of("title", "agency", "unit", "group", "summary");

  /**
   * OPEN: the public may object; CLOSED: the record task waits, but on a version of the process without "Kumpulkan
   * sanggahan" (version 1, not yet migrated), which would never collect the public's objections.
   */
  public enum State { OPEN, CLOSED, DECIDING, ENDED }

  /** The task that gathers the public's objections; versions without it never read them. */
  static final String COLLECT_TASK = "Task_CollectObjections";

  public record PublicDocument(String variable, String id, String label) {}

  /** One uji-publik stage of an edition. */
  public record Stage(String instanceId, String editionKey, String editionName, State state, Date endsAt,
      List<String> proposedFinalists) {}

  /** A proposed finalist as the public sees it. */
  public record Finalist(String entryKey, String title, String agency, String unit, String group, String summary,
      List<Document> documents) {

    /** "KEY — title (agency)": how the objection form and the secretariat's form name it. */
    public String label() {
      return entryKey + " — " + title + (agency.isEmpty() ? "" : " (" + agency + ")");
    }
  }

  /** A public document of a proposed finalist (its id in the document store is never shown). */
  public record Document(String id, String label, String filename, long storedDocumentId) {}

  private final HistoryService history;
  private final TaskService tasks;
  private final RepositoryService repository;

  public ObjectionStages(HistoryService history, TaskService tasks, RepositoryService repository) {
    this.history = history;
    this.tasks = tasks;
    this.repository = repository;
  }

  /** Whether instances of this uji-publik version collect the public's objections (the model is cached). */
  boolean collectsPublicObjections(String processDefinitionId) {
    return repository.getBpmnModelInstance(processDefinitionId).getModelElementById(COLLECT_TASK) != null;
  }

  /** The edition's latest uji-publik stage, if it has one. */
  public Optional<Stage> latest(String editionKey) {
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(editionKey).orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (instances.isEmpty()) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = instances.get(0);
    State state;
    if (instance.getEndTime() != null) {
      state = State.ENDED;
    } else {
      boolean recording = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(RECORD_TASK)
          .count() > 0;
      state = !recording ? State.DECIDING
          : collectsPublicObjections(instance.getProcessDefinitionId()) ? State.OPEN : State.CLOSED;
    }
    Map<String, Object> own = variables(instance.getId(), "proposedFinalists", "objectionPeriodEndsAt");
    String editionName = null;
    if (instance.getSuperProcessInstanceId() != null) {
      Object name = variables(instance.getSuperProcessInstanceId(), "editionName").get("editionName");
      editionName = name == null ? null : name.toString();
    }
    return Optional.of(new Stage(instance.getId(), editionKey, editionName == null ? editionKey : editionName, state,
        own.get("objectionPeriodEndsAt") instanceof Date ends ? ends : null,
        Vars.textList(own.get("proposedFinalists"))));
  }

  /** The stage's proposed finalists in the order proposed, with their public texts and documents. */
  public List<Finalist> finalists(Stage stage) {
    return finalists(stage.proposedFinalists());
  }

  /** The given proposed finalists in this order, with their public texts and documents. */
  public List<Finalist> finalists(List<String> proposedFinalists) {
    if (proposedFinalists.isEmpty()) {
      return List.of();
    }
    Map<String, String> instanceByKey = new HashMap<>();
    for (HistoricProcessInstance entry : history.createHistoricProcessInstanceQuery().processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKeyIn(proposedFinalists.toArray(String[]::new)).list()) {
      instanceByKey.putIfAbsent(entry.getBusinessKey(), entry.getId());
    }
    List<String> names = new ArrayList<>(TEXT);
    DOCUMENTS.forEach(document -> names.add(document.variable()));
    Map<String, Map<String, HistoricVariableInstance>> variables = new HashMap<>();
    if (!instanceByKey.isEmpty()) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instanceByKey.values().toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
          .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        if (variable.getProcessInstanceId().equals(variable.getExecutionId())) {
          variables.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable);
        }
      }
    }
    List<Finalist> finalists = new ArrayList<>();
    for (String entryKey : proposedFinalists) {
      Map<String, HistoricVariableInstance> own = variables.getOrDefault(instanceByKey.get(entryKey), Map.of());
      List<Document> documents = new ArrayList<>();
      for (PublicDocument document : DOCUMENTS) {
        HistoricVariableInstance variable = own.get(document.variable());
        if (variable != null && ValueType.FILE.getName().equals(variable.getTypeName())
            && variable instanceof ValueFields fields && fields.getLongValue() != null) {
          String filename = fields.getTextValue() == null || fields.getTextValue().isBlank()
              ? document.id() + ".pdf" : fields.getTextValue();
          documents.add(new Document(document.id(), document.label(), filename, fields.getLongValue()));
        }
      }
      finalists.add(new Finalist(entryKey, text(own, "title", entryKey), text(own, "agency", ""),
          blankToNull(text(own, "unit", "")), text(own, "group", ""), blankToNull(text(own, "summary", "")),
          documents));
    }
    return finalists;
  }

  /** Choices of a select fed by a variable ({@code valuesKey}): label and value per proposed finalist. */
  static List<Map<String, String>> choices(List<Finalist> finalists) {
    List<Map<String, String>> choices = new ArrayList<>();
    for (Finalist finalist : finalists) {
      Map<String, String> choice = new LinkedHashMap<>();
      choice.put("label", finalist.label());
      choice.put("value", finalist.entryKey());
      choices.add(choice);
    }
    return choices;
  }

  private Map<String, Object> variables(String processInstanceId, String... names) {
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableNameIn(names).list()) {
      if (processInstanceId.equals(variable.getExecutionId())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  private static String text(Map<String, HistoricVariableInstance> variables, String name, String fallback) {
    HistoricVariableInstance variable = variables.get(name);
    Object value = variable == null || ValueType.FILE.getName().equals(variable.getTypeName()) ? null
        : variable.getValue();
    return value == null || value.toString().isBlank() ? fallback : value.toString().strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
