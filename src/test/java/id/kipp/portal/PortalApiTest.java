package id.kipp.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The participant portal's JSON API {@code GET /api/portal/entries} over HTTP: an edition of two agencies followed
 * from registration to the award as each agency's participants see it, and who may read what.
 */
@SharedWebTest
class PortalApiTest {

  static final String GROUP = "Perangkat Daerah";
  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final String URL = "/api/portal/entries";

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Test
  void eachAgencyFollowsItsOwnEntriesFromRegistrationToTheAward() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POR").withJurors(2);
    driver.openEdition(driver.editionForm(GROUP, 2, 1, 2));
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    String health = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    String healthColleague = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "b");
    String registry = driver.agencyParticipant("dispenduk", "Dinas Kependudukan Kota Uji", "a");

    ProcessInstance winner = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Puskesmas Keliling Malam"));
    ProcessInstance rejected = driver.register(health, driver.registrationForm("Dinkes", GROUP, "Antrean Tanpa Kertas"));
    ProcessInstance revised = driver.register(healthColleague, driver.registrationForm("Dinkes", GROUP, "Resep Daring"));
    ProcessInstance other = driver.register(registry,
        driver.registrationForm("Dispenduk", GROUP, "Rahasia Kependudukan Digital"));

    // registered: each agency sees exactly its own entries, named as Camunda Admin names the agency
    JsonNode view = entries(health);
    assertThat(view.get("user").asText()).isEqualTo(health);
    assertThat(view.get("agency").get("id").asText()).isEqualTo(driver.agencyId("dinkes"));
    assertThat(view.get("agency").get("name").asText()).isEqualTo("Dinas Kesehatan Kota Uji");
    assertThat(view.get("message").isNull()).isTrue();
    assertThat(keys(view)).containsExactly(winner.getBusinessKey(), rejected.getBusinessKey(),
        revised.getBusinessKey());
    assertThat(values(view, "stage")).containsOnly("Seleksi administrasi");
    JsonNode first = entry(view, winner);
    assertThat(first.get("title").asText()).isEqualTo("Puskesmas Keliling Malam");
    assertThat(first.get("editionKey").asText()).isEqualTo(driver.editionKey);
    assertThat(first.get("editionName").asText()).isEqualTo("Kompetisi Inovasi Pelayanan Publik Uji " + driver.code);
    assertThat(first.get("group").asText()).isEqualTo(GROUP);
    assertThat(first.get("ended").asBoolean()).isFalse();
    assertThat(OffsetDateTime.parse(first.get("submittedAt").asText()).toInstant())
        .isEqualTo(((Date) engine.getRuntimeService().getVariable(winner.getId(), "submittedAt")).toInstant());
    assertThat(first.get("submittedAt").asText()).endsWith("+07:00");
    assertThat(view.toString()).doesNotContain("Rahasia Kependudukan").doesNotContain(other.getBusinessKey());
    assertThat(keys(entries(registry))).containsExactly(other.getBusinessKey());
    assertThat(entries(registry).toString()).doesNotContain("Puskesmas Keliling");

    // screening: passed, rejected with a reason and an unticked requirement, returned for revision
    driver.screen(winner, "LOLOS", null);
    Map<String, Object> rejection = new HashMap<>(driver.screening("TIDAK_LOLOS", "Inovasi baru berjalan enam bulan.",
        null));
    rejection.put("checkImplementedOneYear", false);
    driver.submit(driver.task(rejected, "Task_Screen"), secretariat, rejection);
    Map<String, Object> revision = new HashMap<>(driver.screening("PERBAIKAN",
        "Lengkapi surat pernyataan yang ditandatangani kepala dinas.", 5));
    revision.put("checkComplete", false);
    driver.submit(driver.task(revised, "Task_Screen"), secretariat, revision);
    driver.screen(other, "LOLOS", null);
    driver.runJobs();

    view = entries(health);
    assertThat(entry(view, winner).get("stage").asText()).isEqualTo("Menunggu penugasan juri");
    assertThat(entry(view, winner).get("revisionRequest").isNull()).isTrue();
    assertThat(entry(view, winner).get("rejection").isNull()).isTrue();

    JsonNode refused = entry(view, rejected);
    assertThat(refused.get("stage").asText()).isEqualTo("Tidak lolos administrasi");
    assertThat(refused.get("ended").asBoolean()).isTrue();
    assertThat(refused.get("rejection").get("reason").asText()).isEqualTo("Inovasi baru berjalan enam bulan.");
    assertThat(texts(refused.get("rejection").get("unmetRequirements")))
        .containsExactly("inovasi sudah diterapkan minimal 1 tahun");

    Task revise = driver.task(revised, "Task_Revise");
    JsonNode asked = entry(view, revised);
    assertThat(asked.get("stage").asText()).isEqualTo("Perbaikan");
    assertThat(OffsetDateTime.parse(asked.get("revisionDueAt").asText()).toInstant())
        .isEqualTo(revise.getDueDate().toInstant());
    assertThat(OffsetDateTime.parse(asked.get("revisionDueAt").asText()).atZoneSameInstant(JAKARTA).toLocalTime())
        .hasToString("23:59:59");
    JsonNode request = asked.get("revisionRequest");
    assertThat(request.get("taskId").asText()).isEqualTo(revise.getId());
    assertThat(request.get("taskName").asText()).startsWith("Perbaiki pendaftaran");
    assertThat(request.get("assignee").asText()).isEqualTo(healthColleague);
    assertThat(request.get("reason").asText()).isEqualTo("Lengkapi surat pernyataan yang ditandatangani kepala dinas.");
    assertThat(texts(request.get("unmetRequirements"))).containsExactly("berkas lengkap");
    // the Tasklist link is for the assignee (who registered it); a colleague sees who has the task
    assertThat(request.get("tasklistUrl").isNull()).isTrue();
    assertThat(entry(entries(healthColleague), revised).get("revisionRequest").get("tasklistUrl").asText())
        .isEqualTo("/camunda/app/tasklist/default/#/?task=" + revise.getId());

    // the revision is submitted and passes; registration closes and the jurors score
    driver.submit(revise, healthColleague, Map.of("summary", "Ringkasan yang sudah diperbaiki"));
    view = entries(health);
    assertThat(entry(view, revised).get("stage").asText()).isEqualTo("Seleksi administrasi");
    assertThat(entry(view, revised).get("revisionRequest").isNull()).isTrue();
    assertThat(entry(view, revised).get("revisionDueAt").isNull()).isTrue();
    driver.screen(revised, "LOLOS", null);
    driver.runJobs();
    driver.closeRegistration();
    driver.approveAssignment();
    assertThat(values(entries(health), "stage")).containsExactly("Penilaian proposal", "Tidak lolos administrasi",
        "Penilaian proposal");

    Map<ProcessInstance, Integer> desk = Map.of(winner, 90, other, 80, revised, 60);
    desk.forEach((entry, score) -> {
      for (Task task : driver.tasks(entry, "Task_DeskEvaluation")) {
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(score, score));
      }
    });
    driver.runJobs();
    // nothing of the finalists' decision reaches the participants before the secretariat confirms the timetable
    assertThat(entry(entries(health), winner).get("stage").asText()).isEqualTo("Menunggu penetapan finalis");
    assertThat(entry(entries(health), revised).get("stage").asText()).isEqualTo("Menunggu penetapan finalis");
    driver.confirmTimetable();

    // finalists: two of three, each with its presentation slot
    view = entries(health);
    JsonNode finalist = entry(view, winner);
    assertThat(finalist.get("stage").asText()).isEqualTo("Presentasi");
    assertThat(OffsetDateTime.parse(finalist.get("presentationAt").asText()).toInstant())
        .isEqualTo(((Date) engine.getRuntimeService().getVariable(winner.getId(), "presentationAt")).toInstant());
    assertThat(finalist.get("presentationSlot").asText())
        .isEqualTo(engine.getRuntimeService().getVariable(winner.getId(), "presentationSlot")).contains("WIB");
    assertThat(finalist.get("finalRank").isNull()).isTrue();
    JsonNode notFinalist = entry(view, revised);
    assertThat(notFinalist.get("stage").asText()).isEqualTo("Tidak masuk finalis");
    assertThat(notFinalist.get("ended").asBoolean()).isTrue();
    assertThat(notFinalist.get("presentationAt").isNull()).isTrue();
    assertThat(notFinalist.get("finalRank").isNull()).isTrue();
    assertThat(entry(entries(registry), other).get("stage").asText()).isEqualTo("Presentasi");

    Map<ProcessInstance, Integer> presentation = Map.of(winner, 90, other, 70);
    presentation.forEach((entry, score) -> {
      for (Task task : driver.tasks(entry, "Task_PresentationEvaluation")) {
        driver.submit(task, task.getAssignee(),
            Map.of("presentationScoreInput", score, "presentationComment", "Jelas"));
      }
    });
    driver.runJobs();
    assertThat(entry(entries(health), winner).get("stage").asText()).isEqualTo("Menunggu penetapan");
    assertThat(entry(entries(health), winner).get("finalRank").isNull()).isTrue();

    // the award: the fate from the entry's end event, the final rank once the process delivered it
    driver.user(driver.code.toLowerCase() + "pimpinan", "pimpinan");
    driver.submit(driver.task(driver.edition(), "Task_SignOff"), driver.code.toLowerCase() + "pimpinan",
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/77/35.73.112/2030"));
    driver.runJobs();
    assertThat(entry(entries(health), winner).get("finalRank").isNull()).as("before the release").isTrue();
    // no link to results or certificate before the release
    assertThat(entry(entries(health), winner).get("resultsUrl").isNull()).isTrue();
    assertThat(entry(entries(health), winner).get("certificateUrl").isNull()).isTrue();
    driver.releaseResults();
    view = entries(health);
    assertThat(entry(view, winner).get("resultsUrl").asText()).isEqualTo("/hasil/" + driver.editionKey);
    assertThat(entry(view, winner).get("certificateUrl").asText())
        .isEqualTo("/hasil/" + driver.editionKey + "/piagam/" + winner.getBusinessKey() + ".pdf");
    assertThat(http.getForEntity(entry(view, winner).get("certificateUrl").asText(), byte[].class).getBody())
        .startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    // the results of the edition for every entry of it, a certificate for winners and finalists only
    assertThat(entry(view, revised).get("resultsUrl").asText()).isEqualTo("/hasil/" + driver.editionKey);
    assertThat(entry(view, revised).get("certificateUrl").isNull()).isTrue();
    assertThat(values(view, "stage")).containsExactly("Pemenang", "Tidak lolos administrasi", "Tidak masuk finalis");
    assertThat(entry(view, winner).get("finalRank").asInt()).isEqualTo(1);
    assertThat(entry(view, winner).get("ended").asBoolean()).isTrue();
    JsonNode theirs = entry(entries(registry), other);
    assertThat(theirs.get("stage").asText()).isEqualTo("Finalis");
    assertThat(theirs.get("finalRank").asInt()).isEqualTo(2);

    // never scores or jurors, never the other agency
    String body = view.toString();
    assertThat(body).doesNotContain("Rahasia Kependudukan").doesNotContain(other.getBusinessKey())
        .doesNotContain("deskScore").doesNotContain("finalScore");
    for (String juror : driver.jurors) {
      assertThat(body).doesNotContain(juror);
    }
  }

  @Test
  void onlyParticipantsMayReadAndOnlyTheirOwnAgency() {
    CompetitionDriver driver = new CompetitionDriver(engine, "POA").withJurors(1);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 1));
    String participant = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    driver.register(participant, driver.registrationForm("Dinkes", GROUP, "Layanan Tanpa Antre"));
    String juror = driver.jurors.get(0);
    // a juror affiliated with the agency (a conflict of interest) is still no participant
    engine.getIdentityService().createMembership(juror, driver.agencyId("dinkes"));
    String secretariat = driver.code.toLowerCase() + "sekretariat";

    ResponseEntity<String> anonymous = http.getForEntity(URL, String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=");
    assertThat(anonymous.getBody()).doesNotContain("Layanan Tanpa Antre");
    String mistyped = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "salah");
    assertThat(http.withBasicAuth(mistyped, "salah").getForEntity(URL, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    for (String refused : List.of(juror, secretariat)) {
      ResponseEntity<String> response = http.withBasicAuth(refused, refused).getForEntity(URL, String.class);
      assertThat(response.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(response.getBody()).as(refused).contains("tidak berwenang").doesNotContain("Layanan Tanpa Antre");
    }
    assertThat(http.withBasicAuth("admin", "test-admin").getForEntity(URL, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // only GET is open
    assertThat(http.withBasicAuth(participant, participant).postForEntity(URL, null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<JsonNode> own = http.withBasicAuth(participant, participant).getForEntity(URL, JsonNode.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(own.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
    assertThat(texts(own.getBody().get("entries")).size()).isEqualTo(1);

    // a participant without an agency group, or with two, is told why nothing is shown
    driver.user(driver.code.toLowerCase() + "tanpainstansi", "peserta");
    JsonNode none = entries(driver.code.toLowerCase() + "tanpainstansi");
    assertThat(none.get("agency").isNull()).isTrue();
    assertThat(none.get("entries")).isEmpty();
    assertThat(none.get("message").asText()).contains("belum terhubung dengan instansi");
    String both = driver.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "dua");
    driver.agencyParticipant("dishub", "Dinas Perhubungan Kota Uji", "x");
    engine.getIdentityService().createMembership(both, driver.agencyId("dishub"));
    JsonNode two = entries(both);
    assertThat(two.get("agency").isNull()).isTrue();
    assertThat(two.get("entries")).isEmpty();
    assertThat(two.get("message").asText()).contains("lebih dari satu instansi")
        .contains("Dinas Kesehatan Kota Uji").contains("Dinas Perhubungan Kota Uji");
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  private JsonNode entries(String user) {
    ResponseEntity<JsonNode> response = http.withBasicAuth(user, user).getForEntity(URL, JsonNode.class);
    assertThat(response.getStatusCode()).as("%s as %s", URL, user).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static JsonNode entry(JsonNode view, ProcessInstance instance) {
    for (JsonNode entry : view.get("entries")) {
      if (instance.getBusinessKey().equals(entry.get("entryKey").asText())) {
        return entry;
      }
    }
    throw new AssertionError(instance.getBusinessKey() + " not in " + view);
  }

  private static List<String> keys(JsonNode view) {
    return values(view, "entryKey");
  }

  private static List<String> values(JsonNode view, String field) {
    List<String> values = new ArrayList<>();
    view.get("entries").forEach(entry -> values.add(entry.get(field).asText()));
    return values;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.isTextual() ? item.asText() : item.toString()));
    return texts;
  }
}
