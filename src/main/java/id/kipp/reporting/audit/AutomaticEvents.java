package id.kipp.reporting.audit;

import static id.kipp.reporting.audit.EntryHistory.*;

import id.kipp.shared.Processes;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;

/** Steps without a person: jurors assigned, computed scores, reminders, a lapsed revision, finalists and the award. */
final class AutomaticEvents {

  private final EntryHistory h;

  AutomaticEvents(EntryHistory h) {
    this.h = h;
  }

  void addTo() {
    automaticSteps();
  }

  private void automaticSteps() {
    List<HistoricActivityInstance> ended = h.activities.values().stream()
        .filter(activity -> activity.getEndTime() != null && activity.getActivityId() != null)
        .sorted(Comparator.comparing(HistoricActivityInstance::getEndTime)).toList();
    for (HistoricActivityInstance activity : ended) {
      List<HistoricVariableUpdate> set = h.updatesByActivity.getOrDefault(activity.getId(), List.of());
      switch (activity.getActivityId()) {
        case "Task_AwaitJurors" -> {
          List<String> jurors = h.jurorList(activity.getId());
          Object due = h.valueIn(activity, "evaluationDueAt");
          h.add(activity.getEndTime(), DECIDED, SYSTEM, "Juri ditugaskan",
              (jurors.isEmpty() ? "Juri ditugaskan" : "Juri: " + String.join(", ", jurors))
                  + (due instanceof Date date ? "; batas penilaian " + h.at(date) : "") + ".");
        }
        case "Task_RejectLapsedRevision" -> {
          // the note says it all: "Tidak lolos: perbaikan tidak diajukan sampai batas waktu (…)."
          String note = text(last(set, "screeningNote"));
          h.add(activity.getEndTime(), DECIDED, SYSTEM, "Seleksi administrasi selesai",
              note == null ? h.screeningOutcome("TIDAK_LOLOS", null, null) : note);
        }
        case "Task_RemindJuror" -> {
          String juror = h.runningTaskAssignee(activity);
          h.add(activity.getEndTime(), DECIDED, SYSTEM, "Pengingat penilaian dikirim",
              "Juri " + (juror == null ? "" : juror + " ") + "diingatkan akan batas penilaian proposal.");
        }
        case "Task_ComputeDeskScore" -> {
          Object count = h.valueIn(activity, "deskJurorCount");
          h.add(activity.getEndTime(), COMPUTED, SYSTEM, "Nilai proposal dihitung",
              "Nilai proposal " + number(h.valueIn(activity, "deskScore"))
                  + (count instanceof Number n ? " dari " + n.longValue() + " juri" : "") + ".");
        }
        case "Task_ComputePresentationScore" -> h.add(activity.getEndTime(), COMPUTED, SYSTEM,
            "Nilai presentasi dihitung", "Nilai presentasi " + number(h.valueIn(activity, "presentationScore")) + ".");
        case "Task_AwaitFinalists" -> finalists(activity);
        case "Task_AwaitAward" -> award(activity);
        default -> { }
      }
    }
  }

  private void finalists(HistoricActivityInstance activity) {
    boolean finalist = Boolean.TRUE.equals(h.valueIn(activity, "finalist"));
    Object rank = h.valueIn(activity, "deskRank");
    Object ranked = h.valueIn(activity, "rankingDeskScore");
    Object desk = h.valueBeforeEnd(activity, "deskScore");
    String group = text(h.valueBeforeEnd(activity, "group"));
    StringBuilder detail = new StringBuilder(finalist ? "Masuk finalis" : "Tidak masuk finalis");
    if (rank instanceof Number number) {
      detail.append(": peringkat proposal ").append(number.longValue());
      if (group != null) {
        detail.append(" di kelompok ").append(group);
      }
    }
    if (ranked != null) {
      detail.append(", nilai peringkat ").append(number(ranked));
      if (desk != null && !Objects.equals(number(desk), number(ranked))) {
        detail.append(" (nilai proposal ").append(number(desk)).append(", dinormalisasi atau hasil konsensus)");
      }
    }
    Object slot = h.valueIn(activity, "presentationSlot");
    if (finalist && slot != null) {
      detail.append(", jadwal presentasi ").append(slot);
    }
    h.add(activity.getEndTime(), FINALISTS, SYSTEM, "Penetapan finalis", detail.append('.').toString());
  }

  private void award(HistoricActivityInstance activity) {
    boolean winner = Boolean.TRUE.equals(h.valueIn(activity, "winner"));
    Object rank = h.valueIn(activity, "finalRank");
    Object score = h.valueIn(activity, "finalScore");
    StringBuilder detail = new StringBuilder(winner ? "Pemenang" : "Finalis, bukan pemenang");
    if (rank instanceof Number number) {
      detail.append(": peringkat akhir ").append(number.longValue());
    }
    if (score != null) {
      detail.append(", nilai akhir ").append(number(score));
    }
    detail.append('.');
    signOff(text(h.valueBeforeEnd(activity, "editionKey"))).ifPresent(detail::append);
    h.add(activity.getEndTime(), AWARD, SYSTEM, "Hasil penganugerahan", detail.toString());
  }

  /** " Ditetapkan oleh pimpinan X, SK nomor N." from the edition's last completed sign-off. */
  private Optional<String> signOff(String editionKey) {
    if (editionKey == null) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> editions = h.history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(h.repository)).processInstanceBusinessKey(editionKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    if (editions.isEmpty()) {
      return Optional.empty();
    }
    String editionId = editions.get(0).getId();
    List<HistoricTaskInstance> signOffs = h.history.createHistoricTaskInstanceQuery().processInstanceId(editionId)
        .taskDefinitionKey("Task_SignOff").finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
    String approver = null;
    if (!signOffs.isEmpty()) {
      HistoricTaskInstance task = signOffs.get(0);
      approver = h.history.createUserOperationLogQuery().taskId(task.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
          .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(task.getAssignee());
    }
    String decree = h.history.createHistoricVariableInstanceQuery().processInstanceId(editionId)
        .variableName("decreeNumber").list().stream().filter(v -> editionId.equals(v.getExecutionId()))
        .map(HistoricVariableInstance::getValue).map(EntryHistory::text).filter(Objects::nonNull)
        .findFirst().orElse(null);
    if (approver == null && decree == null) {
      return Optional.empty();
    }
    return Optional.of(" Ditetapkan" + (approver == null ? "" : " oleh pimpinan " + approver)
        + (decree == null ? "" : (approver == null ? "" : ",") + " SK nomor " + decree) + ".");
  }

}
