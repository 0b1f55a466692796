package id.kipp.reporting.audit;

import static id.kipp.reporting.audit.EntryHistory.*;

import id.kipp.screening.ScreeningDecision;
import id.kipp.shared.Vars;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;

/** The registration and the tasks people completed, or that ended without them (a timer, a cancellation). */
final class TaskEvents {

  private final EntryHistory h;

  TaskEvents(EntryHistory h) {
    this.h = h;
  }

  void addTo() {
    registration();
    tasks();
  }

  private void registration() {
    String who = h.instance.getStartUserId() != null ? h.instance.getStartUserId() : text(h.first("registeredBy"));
    StringBuilder detail = new StringBuilder("Inovasi");
    String title = text(h.first("title"));
    if (title != null) {
      detail.append(" \"").append(title).append('"');
    }
    String agency = text(h.first("agency"));
    if (agency != null) {
      detail.append(" dari ").append(agency);
    }
    String group = text(h.first("group"));
    if (group != null) {
      detail.append(", kelompok ").append(group);
    }
    String edition = text(h.first("editionKey"));
    if (edition != null) {
      detail.append(", edisi ").append(edition);
    }
    h.add(h.instance.getStartTime(), REGISTERED, who, "Pendaftaran diajukan", detail.append('.').toString());
  }


  private void tasks() {
    for (HistoricTaskInstance task : h.tasks.values()) {
      if (task.getEndTime() == null) {
        continue;
      }
      if (!COMPLETED.equals(task.getDeleteReason())) {
        interrupted(task);
        continue;
      }
      String key = task.getTaskDefinitionKey() == null ? "" : task.getTaskDefinitionKey();
      switch (key) {
        case "Task_Screen" -> screened(task);
        case "Task_Revise" -> revised(task);
        case "Task_HandleOverdue" -> overdueHandled(task);
        // told by the score or the conflict-of-interest declaration they recorded (table evaluation: the juror is
        // the task's assignee, the time the submission's)
        case "Task_DeskEvaluation", "Task_PresentationEvaluation" -> { }
        default -> h.add(task.getEndTime(), DECIDED, h.completedBy(task), "Tugas selesai",
            "Tugas \"" + h.activityName(task) + "\" diselesaikan.");
      }
    }
  }

  private void screened(HistoricTaskInstance task) {
    List<HistoricVariableUpdate> set = h.updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
    String who = h.completedBy(task);
    if (who == null) {
      who = text(last(set, "screenedBy"));
    }
    List<String> unmet = new ArrayList<>();
    ScreeningDecision.CHECKLIST.forEach((check, label) -> {
      HistoricVariableUpdate checked = lastUpdate(set, check);
      if (checked != null && !Vars.flag(checked.getValue())) {
        unmet.add(label);
      }
    });
    h.add(task.getEndTime(), DECIDED, who, "Seleksi administrasi selesai",
        h.screeningOutcome(text(last(set, "screeningOutcome")), text(last(set, "screeningNote")),
            last(set, "revisionDueAt"))
            + (unmet.isEmpty() ? "" : " Syarat yang tidak dicentang: " + String.join("; ", unmet) + "."));
  }


  private void revised(HistoricTaskInstance task) {
    StringBuilder detail = new StringBuilder("Pendaftaran diperbaiki dan diajukan kembali.");
    List<HistoricVariableUpdate> set = h.updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("title", "Judul");
    labels.put("agency", "Instansi");
    labels.put("group", "Kelompok");
    labels.forEach((name, label) -> {
      HistoricVariableUpdate change = lastUpdate(set, name);
      if (change != null) {
        String before = text(h.valueBefore(name, change));
        String after = text(change.getValue());
        if (!Objects.equals(before, after)) {
          detail.append(' ').append(label).append(" diubah dari \"").append(before).append("\" menjadi \"")
              .append(after).append("\".");
        }
      }
    });
    h.add(task.getEndTime(), DECIDED, h.completedBy(task), "Perbaikan pendaftaran diajukan", detail.toString());
  }

  private void overdueHandled(HistoricTaskInstance task) {
    List<HistoricVariableUpdate> set = h.updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
    String action = text(last(set, "overdueAction"));
    Object due = last(set, "jurorDueAt");
    String newDue = due instanceof Date date ? h.at(date) : text(last(set, "newDueDate"));
    String previous = overdueJuror(task);
    String detail;
    if ("ALIHKAN".equals(action)) {
      detail = "Penilaian dialihkan" + (previous == null ? "" : " dari juri " + previous) + " kepada juri "
          + text(last(set, "replacementJuror")) + (newDue == null ? "" : ", batas penilaian baru " + newDue) + ".";
    } else {
      detail = "Batas penilaian" + (previous == null ? "" : " juri " + previous) + " diperpanjang"
          + (newDue == null ? "" : " sampai " + newDue) + ".";
    }
    h.add(task.getEndTime(), REPLACED, h.completedBy(task), "Penilaian terlambat ditindaklanjuti", detail);
  }

  /** The juror whose scoring task lapsed before this follow-up, in the same juror's evaluation. */
  private String overdueJuror(HistoricTaskInstance followUp) {
    String scope = h.parentOf(followUp.getActivityInstanceId());
    return h.tasks.values().stream()
        .filter(task -> "Task_DeskEvaluation".equals(task.getTaskDefinitionKey()) && task.getEndTime() != null
            && !COMPLETED.equals(task.getDeleteReason()) && Objects.equals(scope, h.parentOf(task.getActivityInstanceId()))
            && !task.getEndTime().after(followUp.getStartTime()))
        .max(Comparator.comparing(HistoricTaskInstance::getEndTime))
        .map(HistoricTaskInstance::getAssignee).orElse(null);
  }

  /** A task ended by a timer (a lapsed revision, an overdue juror task) or by the cancellation of the entry. */
  private void interrupted(HistoricTaskInstance task) {
    String scope = h.parentOf(task.getActivityInstanceId());
    Instant end = task.getEndTime().toInstant();
    // the interrupting boundary event of this task that fired when it ended
    HistoricActivityInstance boundary = h.activities.values().stream()
        .filter(activity -> activity.getActivityType() != null && activity.getActivityType().startsWith("boundary"))
        .filter(activity -> Objects.equals(scope, activity.getParentActivityInstanceId()))
        .filter(activity -> h.interrupts(activity.getActivityId(), task.getTaskDefinitionKey()))
        .filter(activity -> Duration.between(activity.getStartTime().toInstant(), end).abs().toMillis() <= 1000)
        .findFirst().orElse(null);
    StringBuilder detail = new StringBuilder("Tugas \"").append(h.activityName(task)).append('"');
    if (task.getAssignee() != null) {
      detail.append(" untuk ").append(task.getAssignee());
    }
    detail.append(" berakhir tanpa diselesaikan");
    if (task.getDueDate() != null) {
      detail.append("; batas waktu ").append(h.at(task.getDueDate()));
    }
    detail.append('.');
    if (boundary == null && task.getDeleteReason() != null) {
      detail.append(" Alasan: ").append(task.getDeleteReason()).append('.');
    }
    h.add(task.getEndTime(), DECIDED, SYSTEM,
        boundary != null && boundary.getActivityName() != null ? boundary.getActivityName() : "Tugas dihentikan",
        detail.toString());
  }

}
