package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.shared.EditionPublished;
import id.kipp.shared.FormRows;
import id.kipp.shared.RuleViolation;
import id.kipp.testsupport.CompetitionDriver;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The presentation timetable and the release of results, through the deployed forms: nothing reaches an entry before
 * the secretariat confirms the timetable, and no result before it releases them.
 */
@RecordApplicationEvents
class PresentationTimetableTest extends ProcessTestBase {

  @Autowired
  ApplicationEvents events;

  /** Entries by name: P1-P3 in Perangkat Daerah, U1-U2 in Unit Kerja; desk scores in the order of the names. */
  private Map<String, ProcessInstance> deskEvaluatedEdition(int finalistsPerGroup) {
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah, Unit Kerja", finalistsPerGroup, 1, 1));
    Map<String, Integer> quality = new LinkedHashMap<>();
    quality.put("P1", 90);
    quality.put("P2", 80);
    quality.put("P3", 70);
    quality.put("U1", 85);
    quality.put("U2", 75);
    Map<String, ProcessInstance> entries = new LinkedHashMap<>();
    for (String name : quality.keySet()) {
      ProcessInstance entry = driver.register(driver.participant(name.toLowerCase()), driver.registrationForm(
          "Instansi " + name, name.startsWith("P") ? "Perangkat Daerah" : "Unit Kerja", "Inovasi " + name));
      driver.screen(entry, "LOLOS", null);
      entries.put(name, entry);
    }
    driver.closeRegistration();
    driver.approveAssignment();
    entries.forEach((name, entry) -> {
      Task task = driver.task(entry, "Task_DeskEvaluation");
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(quality.get(name), quality.get(name)));
    });
    driver.runJobs();
    return entries;
  }

  private Object variable(ProcessInstance instance, String name) {
    var found = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list();
    return found.isEmpty() ? null : found.get(0).getValue();
  }

  /** The secretariat's slot rows as the edition keeps them: "KEY startsAt". */
  private List<String> moves() {
    Object rows = engine.getRuntimeService().getVariable(driver.edition().getId(), "timetableMoves");
    List<String> moves = new java.util.ArrayList<>();
    for (FormRows.Row row : FormRows.read(rows, "Ubah slot", new java.util.ArrayList<>())) {
      moves.add(row.text("entryKey") + " " + row.text("startsAt"));
    }
    return moves;
  }

  private static Date at(String isoWithOffset) {
    return Date.from(OffsetDateTime.parse(isoWithOffset).toInstant());
  }

  @Test
  void secretariatAdjustsAndConfirmsTheTimetableThenEachFinalistGetsItsSlot() {
    Map<String, ProcessInstance> entries = deskEvaluatedEdition(2);
    ProcessInstance edition = driver.edition();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String p1 = entries.get("P1").getBusinessKey();
    String u2 = entries.get("U2").getBusinessKey();

    // Finalists decided, but nothing reaches the entries before the timetable is confirmed
    assertThat(edition).isWaitingAt("Task_ConfirmTimetable");
    assertThat(driver.editionVariable("finalistCount")).isEqualTo(4L);
    entries.values().forEach(entry -> {
      assertThat(entry).isWaitingAt("Task_AwaitFinalists");
      assertThat(variable(entry, "finalist")).isNull();
    });
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(driver.editionKey + "-%")
        .taskDefinitionKey("Task_PresentationEvaluation").count()).isZero();
    Task review = driver.timetableTask();
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup("sekretariat").count())
        .isEqualTo(1);

    // The proposal from the defaults (application.yaml) on the edition's presentation date: by group, then desk rank
    String presentationDate = (String) driver.editionVariable("presentationDate");
    assertThat(driver.editionVariable("presentationDays")).isEqualTo(presentationDate);
    assertThat(driver.editionVariable("presentationMinutes")).isEqualTo(7L);
    assertThat(driver.editionVariable("interviewMinutes")).isEqualTo(13L);
    assertThat(rows("proposedTimetable")).extracting(row -> row.get("entryKey") + " " + row.get("startsAt"))
        .containsExactly(p1 + " " + presentationDate + "T08:00:00+07:00",
            entries.get("P2").getBusinessKey() + " " + presentationDate + "T08:20:00+07:00",
            entries.get("U1").getBusinessKey() + " " + presentationDate + "T08:40:00+07:00",
            u2 + " " + presentationDate + "T09:00:00+07:00");
    assertThat((String) driver.editionVariable("timetableSummary"))
        .contains("Slot 20 menit (presentasi 7 + wawancara 13)").contains("| 1 | ").contains("| " + p1 + " | Perangkat Daerah | 1 | Inovasi P1 | Instansi P1 |");

    // Other days and hours, a changeover, one finalist moved by hand: a new proposal
    Map<String, Object> settings = new HashMap<>();
    settings.put("presentationDays", "2030-10-02, 2030-10-01");
    settings.put("presentationDayStart", "09:00");
    settings.put("presentationDayEnd", "16:00");
    settings.put("presentationMinutes", 7);
    settings.put("interviewMinutes", 13);
    settings.put("changeoverMinutes", 10);
    settings.put("breakEverySlots", 6);
    settings.put("breakMinutes", 10);
    settings.put("lunchBreakStart", "12:00");
    settings.put("lunchBreakEnd", "13:00");
    settings.put("timetableMoves", CompetitionDriver.rows(CompetitionDriver.move(u2, "2030-10-02T10:00")));
    settings.put("timetableDecision", "USULKAN_ULANG");
    driver.reviewTimetable(settings);
    assertThat(edition).isWaitingAt("Task_ConfirmTimetable");
    assertThat(driver.editionVariable("presentationDays")).isEqualTo("2030-10-01, 2030-10-02");
    assertThat(driver.editionVariable("timetableDecision")).isNull();
    assertThat(rows("proposedTimetable")).extracting(row -> row.get("entryKey") + " " + row.get("startsAt"))
        .containsExactly(p1 + " 2030-10-01T09:00:00+07:00",
            entries.get("P2").getBusinessKey() + " 2030-10-01T09:30:00+07:00",
            entries.get("U1").getBusinessKey() + " 2030-10-01T10:00:00+07:00",
            u2 + " 2030-10-02T10:00:00+07:00");
    assertThat((String) driver.editionVariable("timetableSummary")).contains("| Rabu, 2 Oktober 2030 | 10.00–10.20 (diubah) | " + u2);
    Object proposed = driver.editionVariable("proposedTimetable");
    // the form's choices: every finalist with its slot in this proposal, and the free slots to read
    @SuppressWarnings("unchecked")
    List<Map<String, String>> finalists = (List<Map<String, String>>) engine.getRuntimeService()
        .getVariable(edition.getId(), "timetableFinalistOptions");
    assertThat(finalists).extracting(option -> option.get("value")).containsExactly(p1,
        entries.get("P2").getBusinessKey(), entries.get("U1").getBusinessKey(), u2);
    assertThat(finalists.get(3).get("label")).isEqualTo(u2 + " — Inovasi U2 (Rabu, 2 Oktober 2030 pukul 10.00–10.20)");
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "timetableFreeSlots"))
        .startsWith("**Slot kosong** (jam mulai, WIB):").contains("- Selasa, 1 Oktober 2030: 10.30, 11.00")
        .contains("- Rabu, 2 Oktober 2030: 09.00, 09.30, 10.30,");

    // Refused: an overlap; then settings changed without a new proposal. Nothing is lost, nothing delivered.
    assertThatThrownBy(() -> driver.submit(driver.timetableTask(), secretariat, Map.of("timetableDecision", "TETAPKAN",
        "timetableMoves", CompetitionDriver.rows(CompetitionDriver.move(u2, "2030-10-02T10:00"),
            CompetitionDriver.move(p1, "2030-10-01T09:40")))))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Slot " + entries.get("P2").getBusinessKey() + " (Selasa, 1 Oktober 2030 pukul 09.30–09.50) "
            + "bertabrakan dengan slot " + p1 + " (09.40–10.00).");
    assertThatThrownBy(() -> driver.submit(driver.timetableTask(), secretariat, Map.of("timetableDecision", "TETAPKAN",
        "presentationDayStart", "08:00")))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Pengaturan jadwal berubah sejak usulan terakhir");
    assertThatThrownBy(() -> driver.submit(driver.timetableTask(), secretariat, Map.of("timetableDecision", "TETAPKAN",
        "timetableMoves", CompetitionDriver.rows(CompetitionDriver.move(p1, "2030-10-03T09:00"),
            CompetitionDriver.move(u2, "2030-10-02T15:50")))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("tidak jatuh pada hari presentasi")
        .hasMessageContaining("di luar jam presentasi 09.00–16.00");
    assertThat(edition).isWaitingAt("Task_ConfirmTimetable");
    // structured rows: a finalist twice, an entry that is no finalist (the guard: not a choice of the form), a row
    // without its time, a time the form cannot send
    String p3 = entries.get("P3").getBusinessKey();
    assertThatThrownBy(() -> driver.submit(driver.timetableTask(), secretariat, Map.of("timetableDecision", "TETAPKAN",
        "timetableMoves", CompetitionDriver.rows(CompetitionDriver.move(u2, "2030-10-02T10:00"),
            CompetitionDriver.move(u2, "2030-10-02T11:00"), CompetitionDriver.move(p1, null),
            CompetitionDriver.move(entries.get("P2").getBusinessKey(), "2030-10-01 kira-kira 10:00")))))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Baris 2 (Ubah slot): " + u2 + " sudah diubah pada baris 1; satu baris per finalis.")
        .hasMessageContaining("Baris 3 (Ubah slot): pilih finalis dan isi tanggal serta jam mulai slotnya")
        .hasMessageContaining("Baris 4 (Ubah slot): \"2030-10-01 kira-kira 10:00\" bukan tanggal dan jam yang valid");
    assertThatThrownBy(() -> driver.submit(driver.timetableTask(), secretariat, Map.of("timetableDecision", "TETAPKAN",
        "timetableMoves", CompetitionDriver.rows(CompetitionDriver.move(p3, "2030-10-02T11:00")))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Pilihan \"" + p3 + "\"")
        .hasMessageContaining("tidak tersedia pada formulir");
    assertThat(edition).isWaitingAt("Task_ConfirmTimetable");
    assertThat(moves()).containsExactly(u2 + " 2030-10-02T10:00");
    assertThat(driver.editionVariable("presentationDayStart")).isEqualTo("09:00");
    assertThat(driver.editionVariable("proposedTimetable")).isEqualTo(proposed);
    assertThat(engine.getRuntimeService().getVariable(edition.getId(), "presentationTimetable")).isNull();
    assertThat(entries.get("P1")).isWaitingAt("Task_AwaitFinalists");

    // Confirmed with one more change: the finalists' decision and slots reach every entry
    driver.confirmTimetable(CompetitionDriver.rows(CompetitionDriver.move(u2, "2030-10-02T10:00"),
        CompetitionDriver.move(p1, "2030-10-01T10:30")));
    assertThat(edition).isWaitingAt("Event_PresentationsFinished");
    assertThat(driver.editionVariable("timetableConfirmedBy")).isEqualTo(secretariat);
    assertThat(entries.get("P3")).isEnded().hasPassed("EndEvent_NotFinalist");
    assertThat(variable(entries.get("P1"), "presentationAt")).isEqualTo(at("2030-10-01T10:30:00+07:00"));
    assertThat(variable(entries.get("P1"), "presentationEndsAt")).isEqualTo(at("2030-10-01T10:50:00+07:00"));
    assertThat(variable(entries.get("P1"), "presentationSlot")).isEqualTo("Selasa, 1 Oktober 2030 pukul 10.30–10.50 WIB");
    assertThat(variable(entries.get("P2"), "presentationSlot")).isEqualTo("Selasa, 1 Oktober 2030 pukul 09.30–09.50 WIB");
    assertThat(variable(entries.get("U1"), "presentationSlot")).isEqualTo("Selasa, 1 Oktober 2030 pukul 10.00–10.20 WIB");
    assertThat(variable(entries.get("U2"), "presentationSlot")).isEqualTo("Rabu, 2 Oktober 2030 pukul 10.00–10.20 WIB");
    for (Task task : driver.tasks(entries.get("P1"), "Task_PresentationEvaluation")) {
      assertThat(task.getDueDate()).isEqualTo(at("2030-10-01T10:30:00+07:00"));
    }
    assertThat(driver.tasks(entries.get("U2"), "Task_PresentationEvaluation")).hasSize(2);

    // The confirmed timetable on the edition, in time order, for the portal, e-mail and results
    assertThat(rows("presentationTimetable")).extracting(row -> row.get("entryKey"), row -> row.get("startsAt"),
            row -> row.get("endsAt"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(entries.get("P2").getBusinessKey(), "2030-10-01T09:30:00+07:00", "2030-10-01T09:50:00+07:00"),
            org.assertj.core.groups.Tuple.tuple(entries.get("U1").getBusinessKey(), "2030-10-01T10:00:00+07:00", "2030-10-01T10:20:00+07:00"),
            org.assertj.core.groups.Tuple.tuple(p1, "2030-10-01T10:30:00+07:00", "2030-10-01T10:50:00+07:00"),
            org.assertj.core.groups.Tuple.tuple(u2, "2030-10-02T10:00:00+07:00", "2030-10-02T10:20:00+07:00"));
    assertThat(rows("presentationTimetable").get(2)).containsEntry("title", "Inovasi P1")
        .containsEntry("group", "Perangkat Daerah").containsEntry("agency", "Instansi P1");
  }

  @Test
  void resultsReachNobodyBeforeTheSecretariatReleasesThem() {
    Map<String, ProcessInstance> entries = deskEvaluatedEdition(1);
    ProcessInstance edition = driver.edition();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    driver.confirmTimetable();
    for (String name : List.of("P1", "U1")) {
      for (Task task : driver.tasks(entries.get(name), "Task_PresentationEvaluation")) {
        driver.submit(task, task.getAssignee(), Map.of("presentationScoreInput", 80, "presentationComment", "Baik"));
      }
    }
    driver.runJobs();
    driver.user(driver.code.toLowerCase() + "pimpinan", "pimpinan");
    driver.submit(driver.task(edition, "Task_SignOff"), driver.code.toLowerCase() + "pimpinan",
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "SK/9/2030"));
    driver.runJobs();

    // Signed off, not released: the finalists still wait and learn nothing; the edition is not published
    assertThat(edition).isWaitingAt("Task_ReleaseResults");
    Task release = driver.task(edition, "Task_ReleaseResults");
    assertThat(engine.getTaskService().createTaskQuery().taskId(release.getId()).taskCandidateGroup("sekretariat").count())
        .isEqualTo(1);
    for (String name : List.of("P1", "U1")) {
      assertThat(entries.get(name)).isWaitingAt("Task_AwaitAward");
      assertThat(variable(entries.get(name), "winner")).isNull();
    }
    assertThat(events.stream(EditionPublished.class)).isEmpty();
    assertThatThrownBy(() -> driver.submit(release, secretariat, Map.of("resultsReleaseConfirmed", false)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Centang");
    assertThat(edition).isWaitingAt("Task_ReleaseResults");

    driver.releaseResults();
    assertThat(edition).isEnded().hasPassed("EndEvent_EditionFinished");
    assertThat(entries.get("P1")).isEnded().hasPassed("EndEvent_Winner");
    assertThat(entries.get("U1")).isEnded().hasPassed("EndEvent_Winner");
    assertThat(driver.editionVariable("resultsReleasedBy")).isEqualTo(secretariat);
    assertThat(driver.editionVariable("resultsReleasedAt")).isInstanceOf(Date.class);
    assertThat(driver.editionVariable("resultsReleaseNote")).isEqualTo("Diumumkan pada upacara penganugerahan.");
    assertThat(events.stream(EditionPublished.class)).extracting(EditionPublished::editionKey)
        .containsExactly(driver.editionKey);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> rows(String variable) {
    return (List<Map<String, Object>>) driver.editionVariable(variable);
  }
}
