package id.kipp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import id.kipp.testsupport.TestClock;
import java.util.ArrayList;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's API over HTTP on an edition driven through the engine: registrations, screening (passed, refused,
 * a lapsed revision), the jurors' assignment, a score, a declared conflict and an overdue juror, an incident; the
 * entries table with search, filters and pages; the entry's tab with its documents; and who may read it.
 */
@SharedWebTest
class DashboardApiTest {

  static final String GROUP = "Perangkat Daerah";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void followsAnEditionFromRegistrationToTheJurorsWork() throws Exception {
    CompetitionDriver driver = new CompetitionDriver(engine, "DSB").withJurors(3);
    driver.openEdition(driver.editionForm(GROUP + ", Unit Kerja", 1, 1, 2));
    String key = driver.editionKey;
    String clerk = driver.code.toLowerCase() + "sekretariat";
    ProcessInstance e1 = driver.register(driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a"),
        driver.registrationForm("Dinas Kesehatan", GROUP, "Puskesmas Keliling"));
    ProcessInstance e2 = driver.register(driver.participant("p2"),
        driver.registrationForm("Dinas Perpustakaan", GROUP, "Layanan Pojok Braille"));
    ProcessInstance e3 = driver.register(driver.participant("p3"),
        driver.registrationForm("Kecamatan Klojen", "Unit Kerja", "Kelurahan Tanpa Antre"));
    driver.runJobs();

    JsonNode editions = get("/api/dashboard/editions", clerk);
    JsonNode edition = find(editions, "key", key);
    assertThat(edition.get("running").asBoolean()).isTrue();
    assertThat(edition.get("stage").asText()).isEqualTo("Pendaftaran dibuka");
    assertThat(edition.get("nextDeadline").asText()).isEqualTo("Penutupan pendaftaran");
    assertThat(edition.get("daysLeft").asInt()).isEqualTo(10);
    assertThat(edition.get("nextDeadlineAt").asText()).endsWith("+07:00");

    // live before registration closes
    JsonNode funnel = get("/api/dashboard/editions/" + key, clerk).get("funnel");
    assertThat(row(funnel, GROUP)).containsEntry("registered", 2).containsEntry("inScreening", 2);
    assertThat(row(funnel, "Unit Kerja")).containsEntry("registered", 1).containsEntry("inScreening", 1);
    assertThat(row(funnel, "Semua kelompok")).containsEntry("registered", 3).containsEntry("passed", 0);

    driver.screen(e1, "LOLOS", null);
    driver.screen(e2, "TIDAK_LOLOS", "Belum berjalan satu tahun.");
    driver.screen(e3, "PERBAIKAN", "Lengkapi dokumen.");
    driver.runJobs();
    funnel = get("/api/dashboard/editions/" + key, clerk).get("funnel");
    assertThat(row(funnel, GROUP)).containsEntry("inScreening", 0).containsEntry("passed", 1)
        .containsEntry("rejected", 1);
    assertThat(row(funnel, "Unit Kerja")).containsEntry("inRevision", 1);

    // the waiting-on column names the participant holding the revision
    JsonNode revising = get("/api/dashboard/editions/" + key + "/entries?stage=Perbaikan", clerk);
    assertThat(revising.get("total").asInt()).isEqualTo(1);
    assertThat(revising.get("items").get(0).get("waitingOn").asText()).isEqualTo(driver.code.toLowerCase() + "p3");

    driver.fireTimer(e3.getId(), "Event_RevisionLapsed");
    driver.runJobs();
    driver.closeRegistration();
    driver.approveAssignment();

    JsonNode detail = get("/api/dashboard/editions/" + key, clerk);
    assertThat(row(detail.get("funnel"), "Semua kelompok")).containsEntry("registered", 3).containsEntry("passed", 1)
        .containsEntry("rejected", 2).containsEntry("assigned", 1).containsEntry("scored", 0);
    assertThat(detail.get("edition").get("nextDeadline").asText()).isEqualTo("Batas penilaian proposal");
    List<Task> scoring = driver.tasks(e1, "Task_DeskEvaluation");
    assertThat(scoring).hasSize(2);
    String scorer = scoring.get(0).getAssignee();
    String declaring = scoring.get(1).getAssignee();
    JsonNode jurors = detail.get("jurors");
    assertThat(jurors).hasSize(3);
    assertThat(row(jurors, "juror", scorer)).containsEntry("assigned", 1).containsEntry("open", 1)
        .containsEntry("submitted", 0);

    driver.submit(scoring.get(0), scorer, CompetitionDriver.rubric(80, 60));
    driver.submit(scoring.get(1), declaring, Map.of("conflictOfInterest", true,
        "conflictReason", "Saya anggota tim penyusun inovasi ini."));
    driver.runJobs();
    String replacement = driver.tasks(e1, "Task_DeskEvaluation").get(0).getAssignee();
    assertThat(replacement).isNotIn(scorer, declaring);

    // the evaluation deadline passes: the replacement juror is overdue and listed first
    ClockUtil.setCurrentTime(java.util.Date.from(TestClock.now().plus(java.time.Duration.ofDays(21))));
    jurors = get("/api/dashboard/editions/" + key, clerk).get("jurors");
    assertThat(jurors.get(0).get("juror").asText()).isEqualTo(replacement);
    assertThat(row(jurors, "juror", replacement)).containsEntry("overdue", 1).containsEntry("open", 1);
    assertThat(row(jurors, "juror", scorer)).containsEntry("submitted", 1).containsEntry("open", 0)
        .containsEntry("overdue", 0);
    assertThat(row(jurors, "juror", declaring)).containsEntry("assigned", 1).containsEntry("conflicts", 1)
        .containsEntry("submitted", 0);

    // incidents of the edition's instances, with the link to Cockpit
    // (on the replacement juror's evaluation, an instance of its own under the entry's key)
    String evaluation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("penilaian-juri")
        .processInstanceBusinessKey(e1.getBusinessKey()).active().list().get(0).getId();
    String waiting = engine.getRuntimeService().createExecutionQuery().processInstanceId(evaluation)
        .activityId("Task_DeskEvaluation").list().get(0).getId();
    engine.getRuntimeService().createIncident("failedJob", waiting, "uji-dasbor", "Server surel tidak menjawab");
    JsonNode incidents = get("/api/dashboard/editions/" + key, clerk).get("incidents");
    assertThat(incidents).hasSize(1);
    assertThat(incidents.get(0).get("businessKey").asText()).isEqualTo(e1.getBusinessKey());
    assertThat(incidents.get(0).get("process").asText()).isEqualTo("penilaian-juri");
    assertThat(incidents.get(0).get("type").asText()).isEqualTo("Langkah otomatis gagal");
    assertThat(incidents.get(0).get("cockpitUrl").asText())
        .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + evaluation + "/runtime?tab=incidents-tab");

    // the entries: search, filters, pages
    JsonNode page = get("/api/dashboard/editions/" + key + "/entries?q=braille", clerk);
    assertThat(page.get("total").asInt()).isEqualTo(1);
    JsonNode braille = page.get("items").get(0);
    assertThat(braille.get("key").asText()).isEqualTo(e2.getBusinessKey());
    assertThat(braille.get("stage").asText()).isEqualTo("Tidak lolos administrasi");
    assertThat(braille.get("cockpitUrl").isNull()).isTrue();
    assertThat(braille.get("auditUrl").asText()).isEqualTo("/api/entries/" + e2.getBusinessKey() + "/audit");
    JsonNode first = get("/api/dashboard/editions/" + key + "/entries?q=" + e1.getBusinessKey(), clerk)
        .get("items").get(0);
    assertThat(first.get("title").asText()).isEqualTo("Puskesmas Keliling");
    assertThat(first.get("agency").asText()).isEqualTo("Dinas Kesehatan Kota Uji");
    assertThat(first.get("stage").asText()).isEqualTo("Penilaian proposal");
    assertThat(first.get("waitingOn").asText()).isEqualTo(replacement);
    assertThat(first.get("since").asText()).endsWith("+07:00");
    assertThat(first.get("cockpitUrl").asText()).endsWith("/process-instance/" + e1.getId() + "/runtime");
    JsonNode second = get("/api/dashboard/editions/" + key + "/entries?size=2&page=2", clerk);
    assertThat(second.get("total").asInt()).isEqualTo(3);
    assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.get("items").get(0).get("key").asText()).isEqualTo(e3.getBusinessKey());
    assertThat(get("/api/dashboard/editions/" + key + "/entries?group=Unit Kerja", clerk).get("total").asInt())
        .isEqualTo(1);

    // the entry's tab, from the entry's instance or a juror's evaluation of it
    JsonNode tab = get("/api/dashboard/instances/" + e1.getId(), clerk);
    assertThat(tab.get("entryKey").asText()).isEqualTo(e1.getBusinessKey());
    assertThat(tab.get("title").asText()).isEqualTo("Puskesmas Keliling");
    assertThat(tab.get("stage").asText()).isEqualTo("Penilaian proposal");
    assertThat(tab.get("documents")).hasSize(3);
    assertThat(texts(tab.get("events"), "what")).contains("Pendaftaran diajukan", "Seleksi administrasi selesai",
        "Nilai proposal dicatat", "Konflik kepentingan dinyatakan");
    assertThat(get("/api/dashboard/instances/" + evaluation, clerk).get("entryKey").asText())
        .isEqualTo(e1.getBusinessKey());
    ResponseEntity<byte[]> pdf = http.withBasicAuth(clerk, clerk).getForEntity(
        tab.get("documents").get(0).get("url").asText(), byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

    // not found, bad input
    assertThat(status("/api/dashboard/instances/" + driver.edition().getId(), clerk)).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(text("/api/dashboard/editions/TIDAK-ADA", clerk)).contains("Edisi TIDAK-ADA tidak ditemukan.");
    assertThat(status("/api/dashboard/entries/" + e1.getBusinessKey() + "/documents/contactEmail", clerk))
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status("/api/dashboard/editions/" + key + "/entries?page=nol", clerk))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(text("/api/dashboard/editions/" + key + "/entries?size=-1", clerk))
        .contains("Parameter \\\"size\\\" harus bilangan bulat 1 atau lebih.");

    // who may read it
    List<String> paths = List.of("/api/dashboard/editions", "/api/dashboard/editions/" + key,
        "/api/dashboard/editions/" + key + "/entries", "/api/dashboard/instances/" + e1.getId(),
        "/api/dashboard/entries/" + e1.getBusinessKey(),
        "/api/dashboard/entries/" + e1.getBusinessKey() + "/documents/innovationProposalFile");
    driver.user(driver.code.toLowerCase() + "pimpinan", "pimpinan");
    driver.user(driver.code.toLowerCase() + "admin", "camunda-admin");
    List<String> refused = new ArrayList<>();
    for (String path : paths) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      for (String user : List.of(scorer, driver.code.toLowerCase() + "p2", driver.code.toLowerCase() + "pimpinan")) {
        ResponseEntity<String> answer = http.withBasicAuth(user, user).getForEntity(path, String.class);
        assertThat(answer.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
        refused.add(answer.getBody());
      }
      assertThat(status(path, driver.code.toLowerCase() + "admin")).as(path).isEqualTo(HttpStatus.OK);
    }
    assertThat(refused).allMatch("{\"message\":\"Anda tidak berwenang mengakses data ini.\"}"::equals);
    assertThat(http.withBasicAuth(clerk, clerk).postForEntity("/api/dashboard/editions", "{}", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  private JsonNode get(String path, String user) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, user).getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private String text(String path, String user) {
    return http.withBasicAuth(user, user).getForEntity(path, String.class).getBody();
  }

  private HttpStatus status(String path, String user) {
    return HttpStatus.valueOf(http.withBasicAuth(user, user).getForEntity(path, byte[].class).getStatusCode().value());
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode node : array) {
      if (value.equals(node.get(field).asText())) {
        return node;
      }
    }
    throw new AssertionError(field + " = " + value + " not in " + array);
  }

  private Map<String, Object> row(JsonNode funnel, String group) {
    return row(funnel, "group", group);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> row(JsonNode array, String field, String value) {
    return json.convertValue(find(array, field, value), Map.class);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.get(field).asText()));
    return texts;
  }
}
