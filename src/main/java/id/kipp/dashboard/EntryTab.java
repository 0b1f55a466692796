package id.kipp.dashboard;

import id.kipp.reporting.audit.EntryAuditTrail;
import id.kipp.reporting.EntryStatus;
import id.kipp.shared.Processes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;

/**
 * What the entry's tab in Cockpit shows: title, agency, group, stage, documents and the audit trail. Opened on an
 * entry's instance or on one of its juror evaluations (same business key).
 */
@Service
public class EntryTab {

  /** File variables of the registration → their name in Bahasa Indonesia, in the order shown. */
  static final Map<String, String> DOCUMENTS = new LinkedHashMap<>();

  static {
    DOCUMENTS.put("innovationProposalFile", "Proposal Inovasi Pelayanan Publik");
    DOCUMENTS.put("performanceProposalFile", "Proposal Kinerja Penyelenggara Pelayanan Publik");
    DOCUMENTS.put("declarationFile", "Surat pernyataan");
  }

  private static final String[] TEXTS = {"title", "agency", "unit", "group", "videoUrl"};

  private final HistoryService history;
  private final EntryAuditTrail audit;
  private final EditionSummaries summaries;
  private final EditionDashboard dashboard;

  public EntryTab(HistoryService history, EntryAuditTrail audit, EditionSummaries summaries,
      EditionDashboard dashboard) {
    this.history = history;
    this.audit = audit;
    this.summaries = summaries;
    this.dashboard = dashboard;
  }

  public record Document(String name, String label, String fileName, String mimeType, String url) {}

  public record View(String entryKey, String processInstanceId, boolean running, String title, String agency,
      String unit, String group, String stage, String since, String videoUrl, List<Document> documents,
      List<EntryAuditTrail.Event> events, String cockpitUrl, String auditCsvUrl) {}

  /** The entry of a process instance (the entry's own or one of its juror evaluations); empty for anything else. */
  public Optional<View> ofInstance(String processInstanceId) {
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null || instance.getBusinessKey() == null) {
      return Optional.empty();
    }
    return Processes.ENTRY.equals(instance.getProcessDefinitionKey()) ? Optional.of(read(instance))
        : ofEntry(instance.getBusinessKey());
  }

  /** The entry with this business key (its latest instance). */
  public Optional<View> ofEntry(String entryKey) {
    return entry(entryKey).map(this::read);
  }

  /** A document of the entry: file name, type and content; empty when the entry or the document does not exist. */
  public Optional<FileValue> document(String entryKey, String name) {
    if (!DOCUMENTS.containsKey(name)) {
      return Optional.empty();
    }
    return entry(entryKey).flatMap(instance -> history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).list().stream()
        .filter(v -> instance.getId().equals(v.getExecutionId()))
        .map(HistoricVariableInstance::getTypedValue)
        .filter(FileValue.class::isInstance).map(FileValue.class::cast).findFirst());
  }

  static byte[] bytes(FileValue file) throws IOException {
    try (InputStream in = file.getValue()) {
      return in == null ? new byte[0] : in.readAllBytes();
    }
  }

  private Optional<HistoricProcessInstance> entry(String entryKey) {
    if (entryKey == null || entryKey.isBlank()) {
      return Optional.empty();
    }
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKey(entryKey).orderByProcessInstanceStartTime().desc().listPage(0, 1).stream()
        .findFirst();
  }

  private View read(HistoricProcessInstance instance) {
    String id = instance.getId();
    List<String> names = new ArrayList<>(List.of(TEXTS));
    names.addAll(DOCUMENTS.keySet());
    Map<String, TypedValue> v = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceId(id)
        .variableNameIn(names.toArray(String[]::new)).disableBinaryFetching().list()) {
      if (id.equals(variable.getExecutionId())) {
        v.put(variable.getName(), variable.getTypedValue());
      }
    }
    String key = instance.getBusinessKey();
    List<Document> documents = new ArrayList<>();
    DOCUMENTS.forEach((name, label) -> {
      if (v.get(name) instanceof FileValue file) {
        documents.add(new Document(name, label, file.getFilename(), file.getMimeType(),
            "/api/dashboard/entries/" + key + "/documents/" + name));
      }
    });
    boolean running = instance.getEndTime() == null;
    String stage = EntryStatus.ended(instance.getEndActivityId());
    java.util.Date since = instance.getEndTime();
    if (running) {
      int best = -1;
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery().processInstanceId(id)
          .unfinished().list()) {
        int index = EntryRows.stageIndex(activity.getActivityId());
        if (index < 0) {
          continue;
        }
        if (index > best || (index == best && since != null && activity.getStartTime().before(since))) {
          best = index;
          since = activity.getStartTime();
        }
      }
      stage = best < 0 ? EntryStatus.IN_PROGRESS : EntryStatus.STAGES.get(best).label();
    }
    List<EntryAuditTrail.Event> events = audit.of(key).map(EntryAuditTrail.Trail::events).orElse(List.of());
    return new View(key, id, running, text(v, "title"), text(v, "agency"), text(v, "unit"), text(v, "group"), stage,
        since == null ? null : summaries.moment(since.toInstant()), text(v, "videoUrl"), documents, events,
        running ? dashboard.cockpitUrl(id, null) : null, EditionDashboard.auditUrl(key) + ".csv");
  }

  private static String text(Map<String, TypedValue> values, String name) {
    TypedValue value = values.get(name);
    return value == null || value.getValue() == null ? null : value.getValue().toString();
  }
}
