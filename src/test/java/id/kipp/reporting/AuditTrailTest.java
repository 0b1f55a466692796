package id.kipp.reporting;

import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.TestClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.shared.Bahasa;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail of an entry over HTTP, on a small edition run through the engine (the same application context as
 * {@link ExportApiTest}): one group, three jurors, two per entry, one finalist, one winner.
 *
 * <ul>
 *   <li>0001 is claimed by one secretariat member, taken over by another, returned for revision,
 *       revised (new title), passed; of its two jurors the first declares a conflict of interest and is replaced by
 *       the third; it becomes the finalist and the winner.</li>
 *   <li>0002 is returned for revision and lets the deadline lapse.</li>
 *   <li>0003 passes; one juror scores it, the other is reminded, lets the deadline lapse, and the secretariat hands
 *       the evaluation to the third juror; it ranks second and is no finalist.</li>
 * </ul>
 */
@SharedWebTest
class AuditTrailTest {

  static final String GROUP = "Perangkat Daerah";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String DECREE = "188.45/77/35.73.112/2030";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  private final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void trailOfAnEntryFromRegistrationToTheAward() throws Exception {
    LocalDate today = TestClock.today();
    at(today, "09:00");
    EditionRun run = new EditionRun(engine);
    String j1 = run.member("juri1", "juri");
    String j2 = run.member("juri2", "juri");
    String j3 = run.member("juri3", "juri");
    String secretariat2 = run.member("sekretariat2", "sekretariat");
    String participant = run.member("dinas", "peserta");
    String late = run.member("lambat", "peserta");
    String pimpinan = run.member("pimpinan", "pimpinan");
    run.openEdition(GROUP, 1, 1, 2, List.of(j1, j2, j3));

    at(today, "09:10");
    ProcessInstance entry = run.register(participant, "Dinas Audit", GROUP, "Layanan Audit");
    ProcessInstance lapsing = run.register(late, "Dinas Lambat", GROUP, "Layanan Terlambat");
    ProcessInstance overdue = run.register(run.member("ketiga", "peserta"), "Dinas Ketiga", GROUP, "Layanan Ketiga");

    // the screening task is claimed, then taken over by another member of the secretariat
    at(today, "09:30");
    Task screening = run.task(entry.getId(), "Task_Screen");
    run.as(run.secretariat, () -> {
      engine.getTaskService().claim(screening.getId(), run.secretariat);
      return null;
    });
    at(today, "09:35");
    run.as(secretariat2, () -> {
      engine.getTaskService().setAssignee(screening.getId(), secretariat2);
      return null;
    });
    at(today, "09:40");
    run.submit(screening, secretariat2, screening("PERBAIKAN", "Lampirkan surat pernyataan yang ditandatangani.", 3));
    run.submit(run.task(lapsing.getId(), "Task_Screen"), run.secretariat,
        screening("PERBAIKAN", "Lengkapi data survei kepuasan.", 1));

    // the declaration is replaced by a signed one (by the application, no login): the trail lists the replacement
    at(today, "10:50");
    byte[] signed = new byte[150 * 1024];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, signed, 0, 9);
    engine.getRuntimeService().setVariable(entry.getId(), "declarationFile", org.camunda.bpm.engine.variable.Variables
        .fileValue("pernyataan-ditandatangani.pdf").file(signed).mimeType("application/pdf").create());

    at(today, "11:00");
    Map<String, Object> revision = new HashMap<>();
    revision.put("title", "Layanan Audit Terpadu");
    revision.put("summary", "Ringkasan yang sudah diperbaiki");
    run.submit(run.task(entry.getId(), "Task_Revise"), participant, revision);

    at(today, "13:00");
    Task second = run.task(entry.getId(), "Task_Screen");
    run.submit(second, secretariat2, screening("LOLOS", null, null));
    run.submit(run.task(overdue.getId(), "Task_Screen"), run.secretariat, screening("LOLOS", null, null));
    run.runJobs();

    // the other entry's revision deadline (end of tomorrow) lapses
    at(today.plusDays(2), "08:00");
    run.runJobs();
    run.closeRegistrationAndReleaseAssignment();
    List<?> entryJurors = (List<?>) engine.getRuntimeService().getVariable(entry.getId(), "jurors");
    List<?> overdueJurors = (List<?>) engine.getRuntimeService().getVariable(overdue.getId(), "jurors");

    // 0001: the first juror declares a conflict of interest; the one juror not on the entry replaces them
    at(today.plusDays(2), "10:00");
    List<Task> desk = run.tasks(entry, "Task_DeskEvaluation");
    assertThat(desk).hasSize(2);
    String conflicted = desk.get(0).getAssignee();
    String stays = desk.get(1).getAssignee();
    String replacement = List.of(j1, j2, j3).stream().filter(j -> !j.equals(conflicted) && !j.equals(stays))
        .findFirst().orElseThrow();
    run.submit(desk.get(0), conflicted, Map.of("conflictOfInterest", true,
        "conflictReason", "Saya pernah menjadi konsultan inovasi ini."));
    run.runJobs();
    at(today.plusDays(2), "11:00");
    run.submit(desk.get(1), stays, EditionRun.rubric(80, 60));
    at(today.plusDays(2), "11:30");
    List<Task> replaced = run.tasks(entry, "Task_DeskEvaluation");
    assertThat(replaced).extracting(Task::getAssignee).containsExactly(replacement);
    run.submit(replaced.get(0), replacement, EditionRun.rubric(90, 70));
    run.runJobs();

    // 0003: the first juror scores, the second is reminded two days before the deadline, then lets it lapse
    List<Task> third = run.tasks(overdue, "Task_DeskEvaluation");
    assertThat(third).hasSize(2);
    String scoring = third.get(0).getAssignee();
    String lapsingJuror = third.get(1).getAssignee();
    String handedTo = List.of(j1, j2, j3).stream().filter(j -> !j.equals(scoring) && !j.equals(lapsingJuror))
        .findFirst().orElseThrow();
    run.submit(third.get(0), scoring, EditionRun.rubric(70, 50));
    run.runJobs();
    at(today.plusDays(19), "09:00");
    run.runJobs();
    at(today.plusDays(21), "09:00");
    run.runJobs();
    at(today.plusDays(21), "09:30");
    String newDue = today.plusDays(25).toString();
    run.submit(run.task(overdue, "Task_HandleOverdue"), run.secretariat,
        Map.of("overdueAction", "ALIHKAN", "newDueDate", newDue, "replacementJuror", handedTo));
    at(today.plusDays(21), "10:00");
    List<Task> handedOver = run.tasks(overdue, "Task_DeskEvaluation");
    assertThat(handedOver).extracting(Task::getAssignee).containsExactly(handedTo);
    run.submit(handedOver.get(0), handedTo, EditionRun.rubric(70, 50));
    run.runJobs();
    run.confirmTimetable();

    at(today.plusDays(22), "14:00");
    Map<String, Integer> presentation = Map.of(j1, 80, j2, 85, j3, 90);
    for (Task task : run.tasks(entry, "Task_PresentationEvaluation")) {
      run.submit(task, task.getAssignee(), Map.of("presentationScoreInput", presentation.get(task.getAssignee()),
          "presentationComment", "-Jelas dan terukur"));
    }
    run.runJobs();
    at(today.plusDays(22), "16:00");
    run.signOff(pimpinan);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(entry.getId()).count())
        .as("entry ended").isZero();

    String key = entry.getBusinessKey();
    ResponseEntity<String> response = http.withBasicAuth(run.secretariat, run.secretariat)
        .getForEntity("/api/entries/" + key + "/audit", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    JsonNode trail = json.readTree(response.getBody());
    assertThat(trail.get("entryKey").asText()).isEqualTo(key);
    assertThat(trail.get("title").asText()).isEqualTo("Layanan Audit Terpadu");
    assertThat(trail.get("agency").asText()).isEqualTo("Dinas Audit");

    // registered as trusted code (the participant belongs to no agency): the files have no logged-in uploader
    String uploader = "sistem";
    List<String> whoWhat = new ArrayList<>();
    for (JsonNode event : trail.get("events")) {
      assertThat(event.get("at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00");
      whoWhat.add(event.get("who").asText() + " | " + event.get("what").asText());
    }
    assertThat(whoWhat).containsExactly(
        participant + " | Pendaftaran diajukan",
        // the three files of the registration, from the document store
        uploader + " | Berkas diunggah",
        uploader + " | Berkas diunggah",
        uploader + " | Berkas diunggah",
        run.secretariat + " | Tugas dialihkan",
        secretariat2 + " | Tugas dialihkan",
        secretariat2 + " | Seleksi administrasi selesai",
        "sistem | Berkas diganti",
        participant + " | Perbaikan pendaftaran diajukan",
        secretariat2 + " | Seleksi administrasi selesai",
        "sistem | Juri ditugaskan",
        conflicted + " | Konflik kepentingan dinyatakan",
        "sistem | Juri pengganti ditunjuk",
        stays + " | Nilai proposal dicatat",
        replacement + " | Nilai proposal dicatat",
        "sistem | Nilai proposal dihitung",
        "sistem | Penetapan finalis",
        // j1 declared a conflict of interest: it does not score the presentation either
        j2 + " | Nilai presentasi dicatat",
        j3 + " | Nilai presentasi dicatat",
        "sistem | Nilai presentasi dihitung",
        "sistem | Hasil penganugerahan",
        "sistem | Proses inovasi selesai");

    List<JsonNode> events = new ArrayList<>();
    trail.get("events").forEach(events::add);
    assertThat(events.get(0).get("at").asText()).isEqualTo(iso(today, "09:10"));
    assertThat(events.subList(1, 4)).allSatisfy(upload -> assertThat(upload.get("at").asText())
        .isEqualTo(iso(today, "09:10")));
    assertThat(events.subList(1, 4)).extracting(upload -> upload.get("detail").asText()).satisfiesExactlyInAnyOrder(
        detail -> assertThat(detail).matches("Proposal inovasi: \"proposal-inovasi\\.pdf\", \\d+ KB\\."),
        detail -> assertThat(detail).matches("Proposal kinerja: \"proposal-kinerja\\.pdf\", \\d+ KB\\."),
        detail -> assertThat(detail).matches("Surat pernyataan: \"surat-pernyataan\\.pdf\", \\d+ KB\\."));
    assertThat(events.get(0).get("detail").asText())
        .isEqualTo("Inovasi \"Layanan Audit\" dari Dinas Audit, kelompok Perangkat Daerah, edisi " + run.editionKey + ".");
    assertThat(events.get(4).get("detail").asText()).isEqualTo("Tugas \"Seleksi administrasi\" diambil oleh "
        + run.secretariat + ".");
    assertThat(events.get(5).get("at").asText()).isEqualTo(iso(today, "09:35"));
    assertThat(events.get(5).get("detail").asText()).isEqualTo("Tugas \"Seleksi administrasi\" dialihkan dari "
        + run.secretariat + " kepada " + secretariat2 + ".");
    String revisionDue = endOf(today.plusDays(3));
    assertThat(events.get(6).get("detail").asText()).isEqualTo("Hasil: perlu perbaikan, batas perbaikan " + revisionDue
        + ". Yang harus diperbaiki: Lampirkan surat pernyataan yang ditandatangani."
        + " Syarat yang tidak dicentang: berkas lengkap.");
    assertThat(events.get(7).get("at").asText()).isEqualTo(iso(today, "10:50"));
    assertThat(events.get(7).get("detail").asText())
        .isEqualTo("Surat pernyataan: \"pernyataan-ditandatangani.pdf\", 150 KB.");
    assertThat(events.get(8).get("detail").asText()).isEqualTo("Pendaftaran diperbaiki dan diajukan kembali."
        + " Judul diubah dari \"Layanan Audit\" menjadi \"Layanan Audit Terpadu\".");
    assertThat(events.get(9).get("detail").asText()).isEqualTo("Hasil: lolos.");
    assertThat(events.get(10).get("detail").asText()).startsWith("Juri: " + entryJurors.get(0) + ", "
        + entryJurors.get(1) + "; batas penilaian ");
    assertThat(events.get(11).get("at").asText()).isEqualTo(iso(today.plusDays(2), "10:00"));
    assertThat(events.get(11).get("detail").asText()).isEqualTo("Alasan: Saya pernah menjadi konsultan inovasi ini.");
    assertThat(events.get(12).get("detail").asText())
        .isEqualTo("Juri " + conflicted + " digantikan oleh juri " + replacement + ".");
    assertThat(events.get(13).get("detail").asText()).isEqualTo("Nilai total 75,00. Catatan juri: Catatan juri");
    assertThat(events.get(14).get("detail").asText()).startsWith("Nilai total 85,00.");
    assertThat(events.get(15).get("detail").asText()).isEqualTo("Nilai proposal 80,00 dari 2 juri.");
    // the finalists are set once the last entry of the edition is evaluated
    assertThat(events.get(16).get("at").asText()).isEqualTo(iso(today.plusDays(21), "10:00"));
    assertThat(events.get(16).get("detail").asText())
        .isEqualTo("Masuk finalis: peringkat proposal 1 di kelompok Perangkat Daerah, nilai peringkat 80,00, jadwal "
            + "presentasi " + Bahasa.dayDate(today.plusDays(30)) + " pukul 08.00–08.20 WIB.");
    assertThat(events.get(17).get("detail").asText()).isEqualTo("Nilai 85,00. Catatan juri: -Jelas dan terukur");
    // presentation by j2 (85) and j3 (90): mean 87.5
    assertThat(events.get(19).get("detail").asText()).isEqualTo("Nilai presentasi 87,50.");
    // 0.7 x 80 + 0.3 x 87.5 = 56 + 26.25 = 82.25
    assertThat(events.get(20).get("at").asText()).isEqualTo(iso(today.plusDays(22), "16:00"));
    assertThat(events.get(20).get("detail").asText()).isEqualTo("Pemenang: peringkat akhir 1, nilai akhir 82,25."
        + " Ditetapkan oleh pimpinan " + pimpinan + ", SK nomor " + DECREE + ".");
    assertThat(events.get(21).get("detail").asText()).isEqualTo("Status akhir: Pemenang.");

    // the same as CSV, for spreadsheets
    ResponseEntity<byte[]> csv = http.withBasicAuth("admin", "test-admin")
        .getForEntity("/api/entries/" + key + "/audit.csv", byte[].class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv; charset=UTF-8"));
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"" + key + "-audit.csv\"");
    String[] lines = new String(csv.getBody(), StandardCharsets.UTF_8).split("\r\n");
    assertThat(lines).hasSize(1 + events.size());
    assertThat(lines[0]).isEqualTo("at,who,what,detail");
    assertThat(lines[1]).isEqualTo(iso(today, "09:10") + "," + participant + ",Pendaftaran diajukan,"
        + "\"Inovasi \"\"Layanan Audit\"\" dari Dinas Audit, kelompok Perangkat Daerah, edisi " + run.editionKey + ".\"");
    assertThat(lines[18]).isEqualTo(events.get(17).get("at").asText() + "," + j2
        + ",Nilai presentasi dicatat,\"Nilai 85,00. Catatan juri: -Jelas dan terukur\"");

    // the entry whose revision lapsed: its task ended by the timer, the system refused it
    JsonNode other = json.readTree(http.withBasicAuth(run.secretariat, run.secretariat)
        .getForEntity("/api/entries/" + lapsing.getBusinessKey() + "/audit", String.class).getBody());
    List<String> lapsed = new ArrayList<>();
    other.get("events").forEach(event -> lapsed.add(event.get("who").asText() + " | " + event.get("what").asText()
        + " | " + event.get("detail").asText()));
    // its three files, listed after the registration (the main entry's trail shows them in detail)
    assertThat(lapsed.subList(1, 4)).allSatisfy(line -> assertThat(line).startsWith("sistem | Berkas diunggah | "));
    lapsed.subList(1, 4).clear();
    String lapseDue = endOf(today.plusDays(1));
    assertThat(lapsed).containsExactly(
        late + " | Pendaftaran diajukan | Inovasi \"Layanan Terlambat\" dari Dinas Lambat, kelompok Perangkat Daerah,"
            + " edisi " + run.editionKey + ".",
        run.secretariat + " | Seleksi administrasi selesai | Hasil: perlu perbaikan, batas perbaikan " + lapseDue
            + ". Yang harus diperbaiki: Lengkapi data survei kepuasan. Syarat yang tidak dicentang: berkas lengkap.",
        "sistem | Batas perbaikan terlewati | Tugas \"Perbaiki pendaftaran\" untuk " + late
            + " berakhir tanpa diselesaikan; batas waktu " + lapseDue + ".",
        "sistem | Seleksi administrasi selesai | Tidak lolos: perbaikan tidak diajukan sampai batas waktu ("
            + Bahasa.dayDateTime(today.plusDays(1).atTime(23, 59).atZone(JAKARTA)) + ").",
        "sistem | Proses inovasi selesai | Status akhir: Tidak lolos administrasi.");

    // the entry whose juror was reminded, let the deadline lapse and was replaced by the secretariat
    JsonNode handed = json.readTree(http.withBasicAuth(run.secretariat, run.secretariat)
        .getForEntity("/api/entries/" + overdue.getBusinessKey() + "/audit", String.class).getBody());
    List<String> handing = new ArrayList<>();
    handed.get("events").forEach(event -> handing.add(event.get("at").asText() + " | " + event.get("who").asText()
        + " | " + event.get("what").asText() + " | " + event.get("detail").asText()));
    assertThat(handing.subList(1, 4)).allSatisfy(line -> assertThat(line).contains(" | sistem | Berkas diunggah | "));
    handing.subList(1, 4).clear();
    String evaluationDue = endOf(today.plusDays(20));
    assertThat(handing).containsExactly(
        iso(today, "09:10") + " | " + run.code.toLowerCase() + "ketiga | Pendaftaran diajukan | Inovasi \"Layanan Ketiga\""
            + " dari Dinas Ketiga, kelompok Perangkat Daerah, edisi " + run.editionKey + ".",
        iso(today, "13:00") + " | " + run.secretariat + " | Seleksi administrasi selesai | Hasil: lolos.",
        iso(today.plusDays(2), "08:00") + " | sistem | Juri ditugaskan | Juri: " + overdueJurors.get(0) + ", "
            + overdueJurors.get(1) + "; batas penilaian " + evaluationDue + ".",
        iso(today.plusDays(2), "11:30") + " | " + scoring + " | Nilai proposal dicatat | Nilai total 65,00."
            + " Catatan juri: Catatan juri",
        iso(today.plusDays(19), "09:00") + " | sistem | Pengingat penilaian dikirim | Juri " + lapsingJuror
            + " diingatkan akan batas penilaian proposal.",
        iso(today.plusDays(21), "09:00") + " | sistem | Batas penilaian terlewati | Tugas \"Nilai proposal inovasi\""
            + " untuk " + lapsingJuror + " berakhir tanpa diselesaikan; batas waktu " + evaluationDue + ".",
        iso(today.plusDays(21), "09:30") + " | " + run.secretariat + " | Penilaian terlambat ditindaklanjuti |"
            + " Penilaian dialihkan dari juri " + lapsingJuror + " kepada juri " + handedTo + ", batas penilaian baru "
            + endOf(today.plusDays(25)) + ".",
        iso(today.plusDays(21), "10:00") + " | " + handedTo + " | Nilai proposal dicatat | Nilai total 65,00."
            + " Catatan juri: Catatan juri",
        iso(today.plusDays(21), "10:00") + " | sistem | Nilai proposal dihitung | Nilai proposal 65,00 dari 2 juri.",
        iso(today.plusDays(21), "10:00") + " | sistem | Penetapan finalis | Tidak masuk finalis: peringkat proposal 2"
            + " di kelompok Perangkat Daerah, nilai peringkat 65,00.",
        iso(today.plusDays(21), "10:00") + " | sistem | Proses inovasi selesai | Status akhir: Tidak masuk finalis.");
  }

  @Test
  void onlyTheSecretariatAndAdministratorsMayReadATrail() {
    EditionRun run = new EditionRun(engine);
    String juror = run.member("juri1", "juri");
    String participant = run.member("peserta", "peserta");
    run.openEdition(GROUP, 1, 1, 1, List.of(juror));
    ProcessInstance entry = run.register(participant, "Dinas Uji", GROUP, "Layanan Uji");
    String url = "/api/entries/" + entry.getBusinessKey() + "/audit";

    for (String path : List.of(url, url + ".csv")) {
      ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
      for (String refused : List.of(juror, participant)) {
        ResponseEntity<String> response = http.withBasicAuth(refused, refused).getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as("%s %s", refused, path).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).doesNotContain("Layanan Uji");
      }
      assertThat(http.withBasicAuth(run.secretariat, run.secretariat).getForEntity(path, String.class)
          .getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    }
    assertThat(http.withBasicAuth(run.secretariat, run.secretariat).getForEntity(url + ".csv", String.class).getBody())
        .startsWith("at,who,what,detail\r\n").contains(",Pendaftaran diajukan,");

    for (String path : List.of("/api/entries/TIDAKADA-2030-0001/audit", "/api/entries/TIDAKADA-2030-0001/audit.csv")) {
      ResponseEntity<String> unknown = http.withBasicAuth(run.secretariat, run.secretariat).getForEntity(path,
          String.class);
      assertThat(unknown.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
      assertThat(unknown.getBody()).isEqualTo("{\"message\":\"Inovasi TIDAKADA-2030-0001 tidak ditemukan.\"}");
      assertThat(http.withBasicAuth(juror, juror).getForEntity(path, String.class).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private static Map<String, Object> screening(String outcome, String note, Integer revisionDays) {
    Map<String, Object> form = new HashMap<>();
    for (String check : List.of("checkComplete", "checkEligibleParticipant", "checkImplementedOneYear",
        "checkNotEnteredBefore", "checkNotDuplicate")) {
      form.put(check, !"TIDAK_LOLOS".equals(outcome));
    }
    form.put("screeningOutcome", outcome);
    if (note != null) {
      form.put("screeningNote", note);
    }
    if (revisionDays != null) {
      form.put("revisionDays", revisionDays);
      form.put("checkComplete", false);
    }
    return form;
  }

  private static void at(LocalDate day, String time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.parse(time)).atZone(JAKARTA).toInstant()));
  }

  /** 23.59 on {@code day} as the audit trail says it: "5 Desember 2026 pukul 23.59 WIB". */
  private static String endOf(LocalDate day) {
    return Bahasa.dateTime(day.atTime(23, 59).atZone(JAKARTA));
  }

  private static String iso(LocalDate day, String time) {
    return day.atTime(LocalTime.parse(time)).atZone(JAKARTA).toOffsetDateTime()
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
