package id.kipp.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.evaluation.assignment.ConflictDeclarations;
import id.kipp.evaluation.assignment.ConflictDeclarations.Declaration;
import id.kipp.evaluation.scoring.JurorEvaluation;
import id.kipp.screening.ScreeningDecision;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.EntityTypes;
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
import org.springframework.stereotype.Service;

/**
 * The audit trail of one entry for the secretariat when a result is contested: who did what, when and why, from the
 * engine's history (process instance, activities, tasks, variable updates, user operation log), the jurors' scores
 * (table {@code evaluation}) and the conflict-of-interest declarations (table {@code conflict_declaration}).
 *
 * <p>A fixed number of queries whatever the length of the entry's history: one each for the instance, its activities,
 * its tasks, its primitive variable updates, the updates of its juror list, its user operation log, its scores and its
 * declarations; and, once the award reached the entry, four for the edition's sign-off (approver and decree number).
 * A task ended by a timer is matched to its interrupting boundary event in the entry's BPMN (the engine's cached model).
 * Events are ordered by time; events of the same instant keep the order of the competition's stages.
 *
 * <p>Per-criterion scores are not repeated here: {@code scores.csv} of the edition has them.
 */
@Service
public class EntryAuditTrail {

  /** The one who acts when no person does: a timer, a message from the edition, an automatic step. */
  static final String SYSTEM = "sistem";

  static final String[] CSV_HEADER = {"at", "who", "what", "detail"};

  /** One line of the trail; {@code at} is ISO-8601 with the offset of {@code kipp.time-zone}. */
  public record Event(String at, String who, String what, String detail) {}

  /** The trail of one entry. */
  public record Trail(String entryKey, String title, String agency, List<Event> events) {}

  private static final String COMPLETED = "completed";
  /** Variable types read from the history (files and JSON values are left out; the juror lists are read apart). */
  private static final String[] PRIMITIVE_TYPES = {"string", "boolean", "long", "integer", "short", "double", "date",
      "null"};
  private static final Set<String> ASSIGNMENT_OPERATIONS = Set.of(
      UserOperationLogEntry.OPERATION_TYPE_ASSIGN, UserOperationLogEntry.OPERATION_TYPE_CLAIM,
      UserOperationLogEntry.OPERATION_TYPE_DELEGATE, UserOperationLogEntry.OPERATION_TYPE_SET_OWNER,
      UserOperationLogEntry.OPERATION_TYPE_RESOLVE);
  private static final Set<String> CANDIDATE_OPERATIONS = Set.of(
      UserOperationLogEntry.OPERATION_TYPE_ADD_USER_LINK, UserOperationLogEntry.OPERATION_TYPE_DELETE_USER_LINK,
      UserOperationLogEntry.OPERATION_TYPE_ADD_GROUP_LINK, UserOperationLogEntry.OPERATION_TYPE_DELETE_GROUP_LINK);

  /** Order of events of the same instant: the order of the competition's stages. */
  private static final int REGISTERED = 0;
  private static final int TASK_CHANGED = 10;
  private static final int DECIDED = 20;
  private static final int SCORED = 30;
  private static final int REPLACED = 40;
  private static final int COMPUTED = 50;
  private static final int FINALISTS = 60;
  private static final int AWARD = 70;
  private static final int USER_CHANGE = 80;
  private static final int ENDED = 100;

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcTemplate jdbc;
  private final ConflictDeclarations conflicts;
  private final CompetitionCalendar calendar;
  private final ObjectMapper json;
  private final DateTimeFormatter moment;

  public EntryAuditTrail(HistoryService history, RepositoryService repository, JdbcTemplate jdbc,
      ConflictDeclarations conflicts, CompetitionCalendar calendar, ObjectMapper json) {
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.conflicts = conflicts;
    this.calendar = calendar;
    this.json = json;
    this.moment = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(calendar.zone());
  }

  /** The trail of the entry with this business key (its latest instance), or empty when there is none. */
  public Optional<Trail> of(String entryKey) {
    if (entryKey == null || entryKey.isBlank()) {
      return Optional.empty();
    }
    List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).processInstanceBusinessKey(entryKey)
        .orderByProcessInstanceStartTime().desc().listPage(0, 1);
    return found.isEmpty() ? Optional.empty() : Optional.of(new Reader(found.get(0)).read());
  }

  /** The trail as CSV: {@code at,who,what,detail}; text typed by people is made safe for spreadsheets. */
  public byte[] csv(Trail trail) {
    CsvDocument csv = new CsvDocument(CSV_HEADER);
    for (Event event : trail.events()) {
      csv.row(event.at(), CsvDocument.text(event.who()), CsvDocument.text(event.what()),
          CsvDocument.text(event.detail()));
    }
    return csv.bytes();
  }

  /** Reads one instance's history; lives for one request. */
  private final class Reader {

    private final HistoricProcessInstance instance;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, HistoricActivityInstance> activities = new HashMap<>();
    private final Map<String, HistoricTaskInstance> tasks = new LinkedHashMap<>();
    /** Primitive variable updates in the order they happened (partially: by time, then per variable). */
    private final List<HistoricVariableUpdate> updates = new ArrayList<>();
    private final Map<String, List<HistoricVariableUpdate>> updatesByActivity = new HashMap<>();
    private final Map<String, List<HistoricVariableUpdate>> jurorListByActivity = new HashMap<>();
    private final List<UserOperationLogEntry> operations;
    /** Process definitions of the entry and its juror evaluations; their BPMN is read when a task was interrupted. */
    private final Set<String> definitions = new LinkedHashSet<>();

    Reader(HistoricProcessInstance instance) {
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
      // files and JSON values are not fetched: the trail needs only their names and the juror lists (below)
      for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
          .variableTypeIn(PRIMITIVE_TYPES).disableBinaryFetching()
          .orderByTime().asc().orderPartiallyByOccurrence().asc().list()) {
        HistoricVariableUpdate update = (HistoricVariableUpdate) detail;
        updates.add(update);
        if (update.getActivityInstanceId() != null) {
          updatesByActivity.computeIfAbsent(update.getActivityInstanceId(), key -> new ArrayList<>()).add(update);
        }
      }
      for (HistoricDetail detail : history.createHistoricDetailQuery().variableUpdates().processInstanceIdIn(ids)
          .variableNameLike("jurors").disableCustomObjectDeserialization().orderByTime().asc().list()) {
        if (detail.getActivityInstanceId() != null) {
          jurorListByActivity.computeIfAbsent(detail.getActivityInstanceId(), key -> new ArrayList<>())
              .add((HistoricVariableUpdate) detail);
        }
      }
      allOperations.sort(Comparator.comparing(UserOperationLogEntry::getTimestamp));
      operations = allOperations;
    }

    Trail read() {
      registration();
      tasks();
      automaticSteps();
      scores();
      conflictsOfInterest();
      userOperations();
      end();
      drafts.sort(Comparator.comparing(Draft::at).thenComparingInt(Draft::phase).thenComparingLong(Draft::seq));
      List<Event> events = drafts.stream().map(draft -> new Event(
          OffsetDateTime.ofInstant(draft.at().truncatedTo(ChronoUnit.SECONDS), calendar.zone())
              .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
          draft.who() == null || draft.who().isBlank() ? SYSTEM : draft.who(), draft.what(), draft.detail()))
          .toList();
      return new Trail(instance.getBusinessKey(), text(latest("title")), text(latest("agency")), events);
    }

    // ---- sources -------------------------------------------------------------------------------------------

    private void registration() {
      String who = instance.getStartUserId() != null ? instance.getStartUserId() : text(first("registeredBy"));
      StringBuilder detail = new StringBuilder("Inovasi");
      String title = text(first("title"));
      if (title != null) {
        detail.append(" \"").append(title).append('"');
      }
      String agency = text(first("agency"));
      if (agency != null) {
        detail.append(" dari ").append(agency);
      }
      String group = text(first("group"));
      if (group != null) {
        detail.append(", kelompok ").append(group);
      }
      String edition = text(first("editionKey"));
      if (edition != null) {
        detail.append(", edisi ").append(edition);
      }
      add(instance.getStartTime(), REGISTERED, who, "Pendaftaran diajukan", detail.append('.').toString());
    }

    private void tasks() {
      for (HistoricTaskInstance task : tasks.values()) {
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
          default -> add(task.getEndTime(), DECIDED, completedBy(task), "Tugas selesai",
              "Tugas \"" + activityName(task) + "\" diselesaikan.");
        }
      }
    }

    private void screened(HistoricTaskInstance task) {
      List<HistoricVariableUpdate> set = updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
      String who = completedBy(task);
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
      add(task.getEndTime(), DECIDED, who, "Seleksi administrasi selesai",
          screeningOutcome(text(last(set, "screeningOutcome")), text(last(set, "screeningNote")),
              last(set, "revisionDueAt"))
              + (unmet.isEmpty() ? "" : " Syarat yang tidak dicentang: " + String.join("; ", unmet) + "."));
    }

    private String screeningOutcome(String outcome, String note, Object revisionDue) {
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

    private void revised(HistoricTaskInstance task) {
      StringBuilder detail = new StringBuilder("Pendaftaran diperbaiki dan diajukan kembali.");
      List<HistoricVariableUpdate> set = updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
      Map<String, String> labels = new LinkedHashMap<>();
      labels.put("title", "Judul");
      labels.put("agency", "Instansi");
      labels.put("group", "Kelompok");
      labels.forEach((name, label) -> {
        HistoricVariableUpdate change = lastUpdate(set, name);
        if (change != null) {
          String before = text(valueBefore(name, change));
          String after = text(change.getValue());
          if (!Objects.equals(before, after)) {
            detail.append(' ').append(label).append(" diubah dari \"").append(before).append("\" menjadi \"")
                .append(after).append("\".");
          }
        }
      });
      add(task.getEndTime(), DECIDED, completedBy(task), "Perbaikan pendaftaran diajukan", detail.toString());
    }

    private void overdueHandled(HistoricTaskInstance task) {
      List<HistoricVariableUpdate> set = updatesByActivity.getOrDefault(task.getActivityInstanceId(), List.of());
      String action = text(last(set, "overdueAction"));
      Object due = last(set, "jurorDueAt");
      String newDue = due instanceof Date date ? at(date) : text(last(set, "newDueDate"));
      String previous = overdueJuror(task);
      String detail;
      if ("ALIHKAN".equals(action)) {
        detail = "Penilaian dialihkan" + (previous == null ? "" : " dari juri " + previous) + " kepada juri "
            + text(last(set, "replacementJuror")) + (newDue == null ? "" : ", batas penilaian baru " + newDue) + ".";
      } else {
        detail = "Batas penilaian" + (previous == null ? "" : " juri " + previous) + " diperpanjang"
            + (newDue == null ? "" : " sampai " + newDue) + ".";
      }
      add(task.getEndTime(), REPLACED, completedBy(task), "Penilaian terlambat ditindaklanjuti", detail);
    }

    /** The juror whose scoring task lapsed before this follow-up, in the same juror's evaluation. */
    private String overdueJuror(HistoricTaskInstance followUp) {
      String scope = parentOf(followUp.getActivityInstanceId());
      return tasks.values().stream()
          .filter(task -> "Task_DeskEvaluation".equals(task.getTaskDefinitionKey()) && task.getEndTime() != null
              && !COMPLETED.equals(task.getDeleteReason()) && Objects.equals(scope, parentOf(task.getActivityInstanceId()))
              && !task.getEndTime().after(followUp.getStartTime()))
          .max(Comparator.comparing(HistoricTaskInstance::getEndTime))
          .map(HistoricTaskInstance::getAssignee).orElse(null);
    }

    /** A task ended by a timer (a lapsed revision, an overdue juror task) or by the cancellation of the entry. */
    private void interrupted(HistoricTaskInstance task) {
      String scope = parentOf(task.getActivityInstanceId());
      Instant end = task.getEndTime().toInstant();
      // the interrupting boundary event of this task that fired when it ended
      HistoricActivityInstance boundary = activities.values().stream()
          .filter(activity -> activity.getActivityType() != null && activity.getActivityType().startsWith("boundary"))
          .filter(activity -> Objects.equals(scope, activity.getParentActivityInstanceId()))
          .filter(activity -> interrupts(activity.getActivityId(), task.getTaskDefinitionKey()))
          .filter(activity -> Duration.between(activity.getStartTime().toInstant(), end).abs().toMillis() <= 1000)
          .findFirst().orElse(null);
      StringBuilder detail = new StringBuilder("Tugas \"").append(activityName(task)).append('"');
      if (task.getAssignee() != null) {
        detail.append(" untuk ").append(task.getAssignee());
      }
      detail.append(" berakhir tanpa diselesaikan");
      if (task.getDueDate() != null) {
        detail.append("; batas waktu ").append(at(task.getDueDate()));
      }
      detail.append('.');
      if (boundary == null && task.getDeleteReason() != null) {
        detail.append(" Alasan: ").append(task.getDeleteReason()).append('.');
      }
      add(task.getEndTime(), DECIDED, SYSTEM,
          boundary != null && boundary.getActivityName() != null ? boundary.getActivityName() : "Tugas dihentikan",
          detail.toString());
    }

    /** Steps without a person: messages from the edition, computed scores, reminders, a lapsed revision. */
    private void automaticSteps() {
      List<HistoricActivityInstance> ended = activities.values().stream()
          .filter(activity -> activity.getEndTime() != null && activity.getActivityId() != null)
          .sorted(Comparator.comparing(HistoricActivityInstance::getEndTime)).toList();
      for (HistoricActivityInstance activity : ended) {
        List<HistoricVariableUpdate> set = updatesByActivity.getOrDefault(activity.getId(), List.of());
        switch (activity.getActivityId()) {
          case "Task_AwaitJurors" -> {
            List<String> jurors = jurorList(activity.getId());
            Object due = valueIn(activity, "evaluationDueAt");
            add(activity.getEndTime(), DECIDED, SYSTEM, "Juri ditugaskan",
                (jurors.isEmpty() ? "Juri ditugaskan" : "Juri: " + String.join(", ", jurors))
                    + (due instanceof Date date ? "; batas penilaian " + at(date) : "") + ".");
          }
          case "Task_RejectLapsedRevision" -> {
            // the note says it all: "Tidak lolos: perbaikan tidak diajukan sampai batas waktu (…)."
            String note = text(last(set, "screeningNote"));
            add(activity.getEndTime(), DECIDED, SYSTEM, "Seleksi administrasi selesai",
                note == null ? screeningOutcome("TIDAK_LOLOS", null, null) : note);
          }
          case "Task_RemindJuror" -> {
            String juror = runningTaskAssignee(activity);
            add(activity.getEndTime(), DECIDED, SYSTEM, "Pengingat penilaian dikirim",
                "Juri " + (juror == null ? "" : juror + " ") + "diingatkan akan batas penilaian proposal.");
          }
          case "Task_ComputeDeskScore" -> {
            Object count = valueIn(activity, "deskJurorCount");
            add(activity.getEndTime(), COMPUTED, SYSTEM, "Nilai proposal dihitung",
                "Nilai proposal " + number(valueIn(activity, "deskScore"))
                    + (count instanceof Number n ? " dari " + n.longValue() + " juri" : "") + ".");
          }
          case "Task_ComputePresentationScore" -> add(activity.getEndTime(), COMPUTED, SYSTEM,
              "Nilai presentasi dihitung", "Nilai presentasi " + number(valueIn(activity, "presentationScore")) + ".");
          case "Task_AwaitFinalists" -> finalists(activity);
          case "Task_AwaitAward" -> award(activity);
          default -> { }
        }
      }
    }

    private void finalists(HistoricActivityInstance activity) {
      boolean finalist = Boolean.TRUE.equals(valueIn(activity, "finalist"));
      Object rank = valueIn(activity, "deskRank");
      Object ranked = valueIn(activity, "rankingDeskScore");
      Object desk = valueBeforeEnd(activity, "deskScore");
      String group = text(valueBeforeEnd(activity, "group"));
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
      Object slot = valueIn(activity, "presentationSlot");
      if (finalist && slot != null) {
        detail.append(", jadwal presentasi ").append(slot);
      }
      add(activity.getEndTime(), FINALISTS, SYSTEM, "Penetapan finalis", detail.append('.').toString());
    }

    private void award(HistoricActivityInstance activity) {
      boolean winner = Boolean.TRUE.equals(valueIn(activity, "winner"));
      Object rank = valueIn(activity, "finalRank");
      Object score = valueIn(activity, "finalScore");
      StringBuilder detail = new StringBuilder(winner ? "Pemenang" : "Finalis, bukan pemenang");
      if (rank instanceof Number number) {
        detail.append(": peringkat akhir ").append(number.longValue());
      }
      if (score != null) {
        detail.append(", nilai akhir ").append(number(score));
      }
      detail.append('.');
      signOff(text(valueBeforeEnd(activity, "editionKey"))).ifPresent(detail::append);
      add(activity.getEndTime(), AWARD, SYSTEM, "Hasil penganugerahan", detail.toString());
    }

    /** " Ditetapkan oleh pimpinan X, SK nomor N." from the edition's last completed sign-off. */
    private Optional<String> signOff(String editionKey) {
      if (editionKey == null) {
        return Optional.empty();
      }
      List<HistoricProcessInstance> editions = history.createHistoricProcessInstanceQuery()
          .processDefinitionKeyIn(Processes.editionKeys(repository)).processInstanceBusinessKey(editionKey)
          .orderByProcessInstanceStartTime().desc().listPage(0, 1);
      if (editions.isEmpty()) {
        return Optional.empty();
      }
      String editionId = editions.get(0).getId();
      List<HistoricTaskInstance> signOffs = history.createHistoricTaskInstanceQuery().processInstanceId(editionId)
          .taskDefinitionKey("Task_SignOff").finished().orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1);
      String approver = null;
      if (!signOffs.isEmpty()) {
        HistoricTaskInstance task = signOffs.get(0);
        approver = history.createUserOperationLogQuery().taskId(task.getId())
            .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
            .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(task.getAssignee());
      }
      String decree = history.createHistoricVariableInstanceQuery().processInstanceId(editionId)
          .variableName("decreeNumber").list().stream().filter(v -> editionId.equals(v.getExecutionId()))
          .map(HistoricVariableInstance::getValue).map(EntryAuditTrail::text).filter(Objects::nonNull)
          .findFirst().orElse(null);
      if (approver == null && decree == null) {
        return Optional.empty();
      }
      return Optional.of(" Ditetapkan" + (approver == null ? "" : " oleh pimpinan " + approver)
          + (decree == null ? "" : (approver == null ? "" : ",") + " SK nomor " + decree) + ".");
    }

    private void scores() {
      jdbc.query("SELECT stage, juror_id, total_score, comment, submitted_at FROM evaluation WHERE entry_key = ?"
          + " ORDER BY submitted_at, stage, juror_id", rs -> {
            boolean desk = JurorEvaluation.DESK.equals(rs.getString(1));
            String comment = rs.getString(4);
            add(rs.getTimestamp(5), SCORED, rs.getString(2), desk ? "Nilai proposal dicatat" : "Nilai presentasi dicatat",
                (desk ? "Nilai total " : "Nilai ") + number(rs.getBigDecimal(3)) + "."
                    + (comment == null || comment.isBlank() ? "" : " Catatan juri: " + comment.trim()));
          }, instance.getBusinessKey());
    }

    private void conflictsOfInterest() {
      List<Declaration> declarations = conflicts.forEntry(instance.getBusinessKey());
      if (declarations.isEmpty()) {
        return;
      }
      // replacements, by the juror they appointed: "Tunjuk juri pengganti" sets the sub-process's juror
      Map<String, HistoricActivityInstance> replacements = new HashMap<>();
      activities.values().stream().filter(activity -> "Task_ReplaceJuror".equals(activity.getActivityId())
          && activity.getEndTime() != null).forEach(activity -> {
            String juror = text(last(updatesByActivity.getOrDefault(activity.getId(), List.of()), "juror"));
            if (juror != null) {
              replacements.put(juror, activity);
            }
          });
      for (Declaration declaration : declarations) {
        add(Date.from(declaration.declaredAt()), SCORED, declaration.jurorId(), "Konflik kepentingan dinyatakan",
            "Alasan: " + declaration.reason() + (declaration.replacedBy() == null ? " Juri pengganti belum ditunjuk." : ""));
        if (declaration.replacedBy() != null) {
          HistoricActivityInstance replaced = replacements.get(declaration.replacedBy());
          add(replaced != null ? replaced.getEndTime() : Date.from(declaration.declaredAt()), REPLACED, SYSTEM,
              "Juri pengganti ditunjuk", "Juri " + declaration.jurorId() + " digantikan oleh juri "
                  + declaration.replacedBy() + ".");
        }
      }
    }

    /** Changes people made by hand in Tasklist, Cockpit or the REST API: reassigned tasks, edited variables. */
    private void userOperations() {
      Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
      for (UserOperationLogEntry entry : operations) {
        if (toldElsewhere(entry)) {
          continue;
        }
        String key = entry.getOperationId() != null ? entry.getOperationId() : entry.getId();
        byOperation.computeIfAbsent(key, id -> new ArrayList<>()).add(entry);
      }
      byOperation.forEach((operationId, entries) -> {
        UserOperationLogEntry head = entries.get(0);
        String type = head.getOperationType();
        HistoricTaskInstance task = head.getTaskId() == null ? null : tasks.get(head.getTaskId());
        String taskName = "Tugas \"" + (task == null ? head.getTaskId() : activityName(task)) + "\"";
        if (ASSIGNMENT_OPERATIONS.contains(type)) {
          add(head.getTimestamp(), TASK_CHANGED, head.getUserId(), "Tugas dialihkan",
              taskName + " " + assignment(type, entries) + ".");
        } else if (CANDIDATE_OPERATIONS.contains(type)) {
          add(head.getTimestamp(), TASK_CHANGED, head.getUserId(), "Kandidat tugas diubah",
              taskName + ": " + (type.startsWith("Add") ? "ditambah " : "dihapus ") + changes(entries) + ".");
        } else {
          add(head.getTimestamp(), USER_CHANGE, head.getUserId(), "Perubahan oleh pengguna",
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
      for (HistoricVariableUpdate update : updates) {
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
      if (instance.getEndTime() == null) {
        return;
      }
      if (EntryStatus.OUTCOMES.containsKey(instance.getEndActivityId())) {
        add(instance.getEndTime(), ENDED, SYSTEM, "Proses inovasi selesai",
            "Status akhir: " + EntryStatus.ended(instance.getEndActivityId()) + ".");
        return;
      }
      String who = operations.stream().filter(entry -> UserOperationLogEntry.OPERATION_TYPE_DELETE
          .equals(entry.getOperationType())).map(UserOperationLogEntry::getUserId).filter(Objects::nonNull)
          .reduce((a, b) -> b).orElse(SYSTEM);
      add(instance.getEndTime(), ENDED, who, "Inovasi dibatalkan", "Status akhir: " + EntryStatus.CANCELLED + "."
          + (instance.getDeleteReason() == null ? "" : " Alasan: " + instance.getDeleteReason()));
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void add(Date at, int phase, String who, String what, String detail) {
      if (at != null) {
        drafts.add(new Draft(at.toInstant(), phase, drafts.size(), who, what, detail));
      }
    }

    /** The user who completed the task (user operation log), else its assignee; null when neither is known. */
    private String completedBy(HistoricTaskInstance task) {
      return operations.stream()
          .filter(entry -> UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(entry.getOperationType())
              && task.getId().equals(entry.getTaskId()) && entry.getUserId() != null)
          .map(UserOperationLogEntry::getUserId).findFirst().orElse(task.getAssignee());
    }

    private String activityName(HistoricTaskInstance task) {
      HistoricActivityInstance activity = activities.get(task.getActivityInstanceId());
      return activity != null && activity.getActivityName() != null ? activity.getActivityName() : task.getName();
    }

    /** Whether the boundary event (BPMN id) cancels the activity it is attached to, which must be this one. */
    private boolean interrupts(String boundaryId, String attachedTo) {
      for (String definition : definitions) {
        BpmnModelInstance model = repository.getBpmnModelInstance(definition);
        if (model.getModelElementById(boundaryId) instanceof BoundaryEvent event) {
          return event.cancelActivity() && event.getAttachedTo() != null
              && event.getAttachedTo().getId().equals(attachedTo);
        }
      }
      return false;
    }

    private String parentOf(String activityInstanceId) {
      HistoricActivityInstance activity = activityInstanceId == null ? null : activities.get(activityInstanceId);
      return activity == null ? null : activity.getParentActivityInstanceId();
    }

    /** The assignee of the user task that ran beside this activity (a reminder) in the same scope. */
    private String runningTaskAssignee(HistoricActivityInstance activity) {
      String scope = activity.getParentActivityInstanceId();
      return tasks.values().stream()
          .filter(task -> Objects.equals(scope, parentOf(task.getActivityInstanceId()))
              && !task.getStartTime().after(activity.getStartTime()))
          .max(Comparator.comparing(HistoricTaskInstance::getStartTime))
          .map(HistoricTaskInstance::getAssignee).orElse(null);
    }

    /** A variable as this activity set it, else as it stood when the activity ended. */
    private Object valueIn(HistoricActivityInstance activity, String name) {
      HistoricVariableUpdate update = lastUpdate(updatesByActivity.getOrDefault(activity.getId(), List.of()), name);
      return update != null ? update.getValue() : valueBeforeEnd(activity, name);
    }

    private Object valueBeforeEnd(HistoricActivityInstance activity, String name) {
      Object value = null;
      for (HistoricVariableUpdate update : updates) {
        if (name.equals(update.getVariableName()) && !update.getTime().after(activity.getEndTime())) {
          value = update.getValue();
        }
      }
      return value;
    }

    /** The value of the variable before this update. */
    private Object valueBefore(String name, HistoricVariableUpdate change) {
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

    private Object first(String name) {
      return updates.stream().filter(update -> name.equals(update.getVariableName()))
          .map(HistoricVariableUpdate::getValue).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The entry's own latest value (a juror evaluation holds a blinded copy of some of them). */
    private Object latest(String name) {
      return last(updates.stream().filter(update -> instance.getId().equals(update.getProcessInstanceId())).toList(),
          name);
    }

    private List<String> jurorList(String activityInstanceId) {
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

    private String at(Date date) {
      return moment.format(date.toInstant());
    }
  }

  private record Draft(Instant at, int phase, long seq, String who, String what, String detail) {}

  private static HistoricVariableUpdate lastUpdate(List<HistoricVariableUpdate> updates, String name) {
    HistoricVariableUpdate found = null;
    for (HistoricVariableUpdate update : updates) {
      if (name.equals(update.getVariableName())) {
        found = update;
      }
    }
    return found;
  }

  private static Object last(List<HistoricVariableUpdate> updates, String name) {
    HistoricVariableUpdate update = lastUpdate(updates, name);
    return update == null ? null : update.getValue();
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

  /** A score with two decimals and a decimal comma (85,00), or "-". */
  static String number(Object value) {
    BigDecimal decimal;
    if (value instanceof BigDecimal d) {
      decimal = d;
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        return "-";
      }
      decimal = BigDecimal.valueOf(d);
    } else if (value instanceof Number n) {
      decimal = BigDecimal.valueOf(n.longValue());
    } else {
      return "-";
    }
    return decimal.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }
}
