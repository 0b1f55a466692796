package id.kipp.reporting.audit;

import static id.kipp.reporting.audit.EntryHistory.*;

import id.kipp.reporting.EntryStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Changes people made by hand (reassigned tasks, edited variables, a deleted entry) and the entry's end. */
final class ManualEvents {

  private static final Set<String> ASSIGNMENT_OPERATIONS = Set.of(
      UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_CLAIM,
      UserOperationLogEntry.OPERATION_TYPE_DELEGATE, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER,
      UserOperationLogEntry.OPERATION_TYPE_RESOLVE);
  private static final Set<String> CANDIDATE_OPERATIONS = Set.of(
      UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK,
      UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK);

  private final EntryHistory h;

  ManualEvents(EntryHistory h) {
    this.h = h;
  }

  void addTo() {
    userOperations();
    end();
  }

  /** Changes people made by hand in Tasklist, Cockpit or the REST API: reassigned tasks, edited variables. */
  private void userOperations() {
    Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
    for (UserOperationLogEntry entry : h.operations) {
      if (toldElsewhere(entry)) {
        continue;
      }
      String key = entry.getOperationId() != null ? entry.getOperationId() : entry.getId();
      byOperation.computeIfAbsent(key, id -> new ArrayList<>()).add(entry);
    }
    byOperation.forEach((operationId, entries) -> {
      UserOperationLogEntry head = entries.get(0);
      String type = head.getOperationType();
      HistoricTaskInstance task = head.getTaskId() == null ? null : h.tasks.get(head.getTaskId());
      String taskName = "Tugas \"" + (task == null ? head.getTaskId() : h.activityName(task)) + "\"";
      if (ASSIGNMENT_OPERATIONS.contains(type)) {
        h.add(head.getTimestamp(), TASK_CHANGED, head.getUserId(), "Tugas dialihkan",
            taskName + " " + assignment(type, entries) + ".");
      } else if (CANDIDATE_OPERATIONS.contains(type)) {
        h.add(head.getTimestamp(), TASK_CHANGED, head.getUserId(), "Kandidat tugas diubah",
            taskName + ": " + (type.startsWith("Add") ? "ditambah " : "dihapus ") + changes(entries) + ".");
      } else {
        h.add(head.getTimestamp(), USER_CHANGE, head.getUserId(), "Perubahan oleh pengguna",
            manualChange(operationId, head, entries));
      }
    });
  }

  private String assignment(String type, List<UserOperationLogEntry> entries) {
    UserOperationLogEntry assignee = property(entries, "assignee");
    UserOperationLogEntry owner = property(entries, "owner");
    return switch (type) {
      case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> assignee == null || assignee.getNewValue() == null
          ? "dilepas" + (assignee == null || assignee.getOrgValue() == null ? "" : " oleh " + assignee.getOrgValue())
          : "diambil oleh " + assignee.getNewValue();
      case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> "didelegasikan"
          + (assignee == null ? "" : " kepada " + orNobody(assignee.getNewValue()));
      case UserOperationLogEntry.OPERATION_TYPE_SET_OWNER -> "berganti pemilik dari "
          + orNobody(owner == null ? null : owner.getOrgValue()) + " menjadi "
          + orNobody(owner == null ? null : owner.getNewValue());
      case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> "diselesaikan delegasinya dan dikembalikan kepada "
          + orNobody(assignee == null ? null : assignee.getNewValue());
      default -> "dialihkan dari " + orNobody(assignee == null ? null : assignee.getOrgValue()) + " kepada "
          + orNobody(assignee == null ? null : assignee.getNewValue());
    };
  }

  private String manualChange(String operationId, UserOperationLogEntry head, List<UserOperationLogEntry> entries) {
    StringBuilder detail = new StringBuilder(head.getOperationType());
    if (head.getEntityType() != null) {
      detail.append(" (").append(head.getEntityType()).append(')');
    }
    String changes = changes(entries);
    if (!changes.isEmpty()) {
      detail.append(": ").append(changes);
    }
    // the values a variable operation wrote carry the operation's id
    List<String> values = new ArrayList<>();
    for (HistoricVariableUpdate update : h.updates) {
      if (operationId.equals(update.getUserOperationId())) {
        values.add(update.getVariableName() + " = " + text(update.getValue()));
      }
    }
    if (!values.isEmpty()) {
      detail.append("; nilai baru: ").append(String.join(", ", values));
    }
    return detail.append('.').toString();
  }

  private void end() {
    if (h.instance.getEndTime() == null) {
      return;
    }
    if (EntryStatus.OUTCOMES.containsKey(h.instance.getEndActivityId())) {
      h.add(h.instance.getEndTime(), ENDED, SYSTEM, "Proses inovasi selesai",
          "Status akhir: " + EntryStatus.ended(h.instance.getEndActivityId()) + ".");
      return;
    }
    String who = h.operations.stream().filter(entry -> UserOperationLogEntry.OPERATION_TYPE_DELETE
        .equals(entry.getOperationType())).map(UserOperationLogEntry::getUserId).filter(Objects::nonNull)
        .reduce((a, b) -> b).orElse(SYSTEM);
    h.add(h.instance.getEndTime(), ENDED, who, "Inovasi dibatalkan", "Status akhir: " + EntryStatus.CANCELLED + "."
        + (h.instance.getDeleteReason() == null ? "" : " Alasan: " + h.instance.getDeleteReason()));
  }


  /**
   * Operations another event already tells: a completed task by its outcome, the start of the instance by the
   * registration, its deletion by its end.
   */
  private static boolean toldElsewhere(UserOperationLogEntry entry) {
    String type = entry.getOperationType();
    return UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type) && entry.getTaskId() != null
        || EntityTypes.PROCESS_INSTANCE.equals(entry.getEntityType())
            && (UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)
                || UserOperationLogEntry.OPERATION_TYPE_DELETE.equals(type));
  }

  private static UserOperationLogEntry property(List<UserOperationLogEntry> entries, String name) {
    return entries.stream().filter(entry -> name.equals(entry.getProperty())).findFirst().orElse(null);
  }

  private static String changes(List<UserOperationLogEntry> entries) {
    List<String> parts = new ArrayList<>();
    for (UserOperationLogEntry entry : entries) {
      if (entry.getProperty() == null) {
        continue;
      }
      if (entry.getOrgValue() == null) {
        parts.add(entry.getProperty() + " " + orNobody(entry.getNewValue()));
      } else {
        parts.add(entry.getProperty() + " " + entry.getOrgValue() + " → " + orNobody(entry.getNewValue()));
      }
    }
    return String.join(", ", parts);
  }

  private static String orNobody(String userId) {
    return userId == null || userId.isBlank() ? "(tidak ada)" : userId;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
