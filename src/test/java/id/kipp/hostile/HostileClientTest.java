package id.kipp.hostile;

import static id.kipp.hostile.HostileClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.hostile.HostileClient.Answer;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Jurors, participants, the Pimpinan and anonymous clients trying, over HTTP like any client of the engine's REST API,
 * every way to bend an entry, a score or a result that a previous review found: each is refused with a Bahasa message
 * and leaves the database exactly as it was.
 */
@SharedWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileClientTest {

  static final String GROUP = "Perangkat Daerah";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  HostileClient client;
  CompetitionDriver desk;
  CompetitionDriver award;
  String jurorA;
  String jurorB;
  String participantA;
  String participantB;
  String pimpinan;
  ProcessInstance scored;
  ProcessInstance otherEntry;
  Task deskTaskOfA;
  Task deskTaskOfB;
  Task revision;
  Task signOff;
  CompetitionDriver revising;
  String reviser;

  @BeforeAll
  void editions() {
    client = new HostileClient(port);
    // an edition in desk evaluation: two jurors score two entries of two agencies
    desk = new CompetitionDriver(engine, "HOS").withJurors(2);
    desk.openEdition(desk.editionForm(GROUP, 1, 1, 2));
    jurorA = desk.jurors.get(0);
    jurorB = desk.jurors.get(1);
    participantA = desk.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    participantB = desk.agencyParticipant("dispenduk", "Dinas Kependudukan Kota Uji", "a");
    scored = desk.register(participantA, desk.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Puskesmas Ramah"));
    otherEntry = desk.register(participantB, desk.registrationForm("Dinas Kependudukan Kota Uji", GROUP, "KTP Kilat"));
    desk.screen(scored, "LOLOS", null);
    desk.screen(otherEntry, "LOLOS", null);
    desk.runJobs();
    desk.closeRegistration();
    desk.approveAssignment();
    deskTaskOfA = desk.tasks(scored, "Task_DeskEvaluation").stream()
        .filter(task -> task.getAssignee().equals(jurorA)).findFirst().orElseThrow();
    deskTaskOfB = desk.tasks(scored, "Task_DeskEvaluation").stream()
        .filter(task -> task.getAssignee().equals(jurorB)).findFirst().orElseThrow();

    // an edition with an entry sent back for revision, and one taken to the Pimpinan's sign-off
    revising = new CompetitionDriver(engine, "HOR").withJurors(2);
    revising.openEdition(revising.editionForm(GROUP, 1, 1, 2));
    reviser = revising.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    ProcessInstance sentBack = revising.register(reviser,
        revising.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Antrean Daring"));
    revising.screen(sentBack, "PERBAIKAN", "Lampirkan surat pernyataan yang ditandatangani.");
    revising.runJobs();
    revision = revising.task(sentBack, "Task_Revise");

    award = new CompetitionDriver(engine, "HOA").withJurors(2);
    award.openEdition(award.editionForm(GROUP, 1, 1, 2));
    String entrant = award.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "a");
    ProcessInstance finalist = award.register(entrant, award.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Satu"));
    award.screen(finalist, "LOLOS", null);
    award.runJobs();
    award.closeRegistration();
    award.approveAssignment();
    for (Task task : award.tasks(finalist, "Task_DeskEvaluation")) {
      award.submit(task, task.getAssignee(), CompetitionDriver.rubric(80, 80));
    }
    award.runJobs();
    award.confirmTimetable();
    for (Task task : award.tasks(finalist, "Task_PresentationEvaluation")) {
      award.submit(task, task.getAssignee(), Map.of("presentationScoreInput", 80));
    }
    award.runJobs();
    pimpinan = award.code.toLowerCase() + "pimpinan";
    award.user(pimpinan, "pimpinan");
    signOff = award.task(award.edition().getId(), "Task_SignOff");
  }

  // ---- jurors ---------------------------------------------------------------------------------------------------

  @Test
  void aJurorCannotWriteVariablesOfItsTask() {
    String task = "/engine-rest/task/" + deskTaskOfA.getId();
    refused(jurorA, "PUT", task + "/variables/entryKey", HostileClient.variable(otherEntry.getBusinessKey()), 403);
    refused(jurorA, "POST", task + "/variables", Map.of("modifications",
        Map.of("problemAnalysisScore", HostileClient.variable(100))), 403);
    refused(jurorA, "PUT", task + "/localVariables/problemAnalysisScore", HostileClient.variable(100), 403);
    refused(jurorA, "DELETE", task + "/variables/entryKey", null, 403);
  }

  @Test
  void aJurorCannotHandItsTaskToSomebodyElseNorRenameOrMoveIt() {
    String task = "/engine-rest/task/" + deskTaskOfA.getId();
    refused(jurorA, "POST", task + "/assignee", Map.of("userId", jurorB), 403);
    refused(jurorA, "POST", task + "/delegate", Map.of("userId", jurorB), 403);
    refused(jurorA, "POST", task + "/claim", Map.of("userId", jurorB), 403);
    refused(jurorA, "POST", task + "/unclaim", null, 403);
    refused(jurorA, "PUT", task, Map.of("name", "Dinilai orang lain", "due", "2031-01-01T00:00:00.000+0000",
        "assignee", jurorA), 403);
    refused(jurorA, "POST", task + "/identity-links", Map.of("groupId", "juri", "type", "candidate"), 403);
    refused(jurorA, "POST", task + "/bpmnError", Map.of("errorCode", "x"), 403);
    refused(jurorA, "POST", task + "/bpmnEscalation", Map.of("escalationCode", "x"), 403);
  }

  @Test
  void aJurorCompletingItsTaskWithAnExtraEntryKeyScoresNothing() {
    Map<String, Object> form = new HashMap<>(CompetitionDriver.rubric(90, 90));
    form.put("entryKey", otherEntry.getBusinessKey());
    Answer answer = refused(jurorA, "POST", "/engine-rest/task/" + deskTaskOfA.getId() + "/submit-form",
        variables(form), 400);
    assertThat(answer.message()).contains("\"entryKey\"").contains("tidak ada pada formulir ini");
    assertThat(answer.raw()).doesNotContain(deskTaskOfA.getId());
    refused(jurorA, "POST", "/engine-rest/task/" + deskTaskOfA.getId() + "/complete", variables(form), 400);
  }

  @Test
  void tasklistShowsTheRefusalInBahasaOnlyWithoutTheEnginesEnglishPrefix() {
    Map<String, Object> form = new HashMap<>(CompetitionDriver.rubric(90, 90));
    form.put("entryKey", otherEntry.getBusinessKey());
    Map<String, String> before = DatabaseFingerprint.of(jdbc);
    Answer answer = client.asTasklist(jurorA, "POST", "/task/" + deskTaskOfA.getId() + "/submit-form", variables(form));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
    assertThat(answer.message()).isEqualTo(
        "Isian \"entryKey\" tidak ada pada formulir ini, sehingga tidak dapat dikirim.");
    assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aJurorCannotCompleteAnotherJurorsTask() {
    Answer answer = refused(jurorA, "POST", "/engine-rest/task/" + deskTaskOfB.getId() + "/submit-form",
        variables(CompetitionDriver.rubric(10, 10)), 403, 404);
    assertThat(answer.message()).doesNotContain(jurorB);
  }

  @Test
  void aJurorCannotCorrelateSignalModifyOrRunJobs() {
    for (String user : List.of(jurorA, participantB, pimpinan)) {
      refused(user, "POST", "/engine-rest/message", Map.of("messageName", "HasilPenilaianProposal",
          "businessKey", scored.getBusinessKey(), "processVariables", Map.of("finalist", HostileClient.variable(true))),
          403);
      refused(user, "POST", "/engine-rest/signal", Map.of("name", "x"), 403);
      refused(user, "POST", "/engine-rest/process-instance/" + scored.getId() + "/modification",
          Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AwaitAward"))),
          403);
      refused(user, "PUT", "/engine-rest/process-instance/" + scored.getId() + "/variables/agency",
          HostileClient.variable("Dinas Lain"), 403);
      refused(user, "POST", "/engine-rest/external-task/fetchAndLock", Map.of("workerId", "w", "maxTasks", 1,
          "topics", List.of(Map.of("topicName", "x", "lockDuration", 1000))), 403);
      refused(user, "POST", "/engine-rest/decision-definition/key/nilai-akhir/evaluate",
          Map.of("variables", Map.of()), 403, 404);
      refused(user, "POST", "/engine-rest/job/" + "any-job/execute", null, 403);
      refused(user, "POST", "/engine-rest/task/create", Map.of("name", "Tugas palsu", "assignee", user), 403);
    }
  }

  // ---- participants -----------------------------------------------------------------------------------------------

  @Test
  void aParticipantCannotRegisterWithVariablesTheFormNeverShowed() {
    Map<String, Object> form = desk.registrationForm("Dinas Kependudukan Kota Uji", GROUP, "Atas Nama Orang Lain");
    form.put("registeredBy", participantB);
    form.put("agencyId", desk.agencyId("dispenduk"));
    form.put("screeningOutcome", "LOLOS");
    Answer answer = refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/submit-form",
        variables(form), 400);
    assertThat(answer.message()).contains("\"registeredBy\"").contains("\"agencyId\"").contains("\"screeningOutcome\"");
    assertThat(answer.body().path("problems")).hasSize(3);
  }

  @Test
  void aParticipantRegistersInItsOwnAgencysNameWhateverTheFormSays() {
    Map<String, Object> form = revising.registrationForm("Dinas Kependudukan Kota Uji", GROUP, "Nama Instansi Lain");
    Answer answer = client.send(reviser, "POST", "/engine-rest/process-definition/key/inovasi/submit-form",
        variables(form));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    String instance = answer.body().path("id").asText();
    assertThat(engine.getRuntimeService().getVariable(instance, "agency")).isEqualTo("Dinas Kesehatan Kota Uji");
    assertThat(engine.getRuntimeService().getVariable(instance, "agencyId")).isEqualTo(revising.agencyId("dinkes"));
    assertThat(engine.getRuntimeService().getVariable(instance, "registeredBy")).isEqualTo(reviser);
    assertThat(jdbc.queryForMap("SELECT agency_id, agency_name, registered_by FROM entry WHERE process_instance_id = ?",
        instance)).containsValues(revising.agencyId("dinkes"), "Dinas Kesehatan Kota Uji", reviser);
  }

  @Test
  void registeredByOrAgencyIdNeverNameTheRegistrantOfALoggedInUser() {
    // an administrator passes the form guard, so these variables reach the registration: they are not believed
    String admin = revising.code.toLowerCase() + "admin";
    revising.user(admin, "camunda-admin");
    Map<String, Object> form = revising.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Atas Nama Peserta Lain");
    form.put("registeredBy", reviser);
    form.put("agencyId", revising.agencyId("dinkes"));
    Answer answer = refused(admin, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", variables(form),
        400);
    assertThat(answer.message()).contains("Akun " + admin + " belum terdaftar pada instansi");
  }

  @Test
  void aUserWithoutAgencyOrWithTwoCannotRegister() {
    String lone = revising.participant("tanpainstansi");
    Map<String, Object> form = revising.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Tanpa Instansi");
    Answer none = refused(lone, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", variables(form),
        400);
    assertThat(none.message()).contains("belum terdaftar pada instansi").contains("sekretariat");

    String both = revising.agencyParticipant("dinkes", "Dinas Kesehatan Kota Uji", "dua");
    id.kipp.identity.Agencies.ensure(engine.getIdentityService(), revising.agencyId("dispenduk"),
        "Dinas Kependudukan Kota Uji");
    if (engine.getIdentityService().createUserQuery().userId(both).memberOfGroup(revising.agencyId("dispenduk"))
        .count() == 0) {
      engine.getIdentityService().createMembership(both, revising.agencyId("dispenduk"));
    }
    Answer two = refused(both, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", variables(form), 400);
    assertThat(two.message()).contains("lebih dari satu instansi").contains("Dinas Kependudukan Kota Uji");
  }

  @Test
  void onlyTheRegistrantRevisesEvenAnAdministrator() {
    String admin = revising.code.toLowerCase() + "admin";
    revising.user(admin, "camunda-admin");
    Answer answer = refused(admin, "POST", "/engine-rest/task/" + revision.getId() + "/submit-form",
        variables(Map.of()), 400);
    assertThat(answer.message()).contains("hanya dapat dikirim oleh pendaftarnya");
    Answer other = refused(participantB, "POST", "/engine-rest/task/" + revision.getId() + "/submit-form",
        variables(Map.of()), 403, 404);
    assertThat(other.message()).doesNotContain(revision.getAssignee());
  }

  @Test
  void aParticipantCannotChooseTheBusinessKeyNorStartPastValidation() {
    Map<String, Object> form = desk.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Jalan Pintas");
    Map<String, Object> start = new HashMap<>(variables(form));
    start.put("businessKey", scored.getBusinessKey());
    refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/start", start, 400);
    refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", start, 400);
    Map<String, Object> skipping = new HashMap<>(variables(form));
    skipping.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_AwaitJurors")));
    refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/start", skipping, 403);
    skipping.put("skipCustomListeners", true);
    skipping.remove("startInstructions");
    // without instructions the REST API itself refuses to skip listeners (an English 500, made generic Bahasa)
    refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/start", skipping, 403, 500);
  }

  @Test
  void aParticipantCannotSmuggleFilesObjectsOrMarkup() {
    Map<String, Object> form = desk.registrationForm("Dinas Kesehatan Kota Uji", GROUP, "Berkas Tambahan");
    Map<String, Object> body = new HashMap<>(variables(form));
    @SuppressWarnings("unchecked")
    Map<String, Object> vars = new HashMap<>((Map<String, Object>) body.get("variables"));
    vars.put("tool", Map.of("type", "File", "value", java.util.Base64.getEncoder().encodeToString(new byte[2_000_000]),
        "valueInfo", Map.of("filename", "alat.exe", "mimetype", "application/x-msdownload")));
    vars.put("title", Map.of("type", "Object", "value", "{}", "valueInfo", Map.of("objectTypeName",
        "com.example.Gadget", "serializationDataFormat", "application/json")));
    vars.put("unit", HostileClient.variable("<a href=\"https://contoh.example\">Klik</a>"));
    vars.put("contactPhone", HostileClient.variable("<img src=x onerror=alert(1)>"));
    body.put("variables", vars);
    Answer answer = refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", body, 400);
    assertThat(answer.body().path("problems").toString()).contains("\\\"tool\\\"").contains("jenis data")
        .contains("kode HTML");
  }

  @Test
  void aParticipantCannotBendItsRevisionTask() {
    String task = "/engine-rest/task/" + revision.getId();
    String holder = revision.getAssignee();
    refused(holder, "PUT", task + "/variables/agencyId", HostileClient.variable("dispenduk"), 403);
    refused(holder, "PUT", task + "/variables/screeningOutcome", HostileClient.variable("LOLOS"), 403);
    refused(holder, "PUT", task + "/variables/finalRank", HostileClient.variable(1), 403);
    Answer answer = refused(holder, "POST", task + "/submit-form", variables(Map.of("screeningOutcome", "LOLOS",
        "finalRank", 1)), 400);
    assertThat(answer.message()).contains("\"screeningOutcome\"").contains("\"finalRank\"");
    // the revision keeps the entry in its edition, whatever the form's edition field says
    Answer moved = refused(holder, "POST", task + "/submit-form", variables(Map.of("editionKey", desk.editionKey)), 400);
    assertThat(moved.message()).contains("Kode edisi tidak dapat diubah");
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedBeforeItIsRead() {
    byte[] huge = new byte[41 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    Answer answer = refused(participantA, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", huge, 413);
    assertThat(answer.message()).contains("terlalu besar");
  }

  @Test
  void commentsAreChecked() {
    refused(jurorA, "POST", "/engine-rest/task/" + deskTaskOfA.getId() + "/comment/create",
        Map.of("message", "<script>alert(1)</script>"), 400);
  }

  // ---- the Pimpinan -----------------------------------------------------------------------------------------------

  @Test
  void thePimpinanSignsOffOnlyWithTheSignOffForm() {
    String task = "/engine-rest/task/" + signOff.getId();
    refused(pimpinan, "PUT", task + "/variables/finalRanking", Map.of("type", "Json", "value", "[]"), 403);
    Answer answer = refused(pimpinan, "POST", task + "/submit-form", variables(Map.of("signOffDecision", "SETUJU",
        "decreeNumber", "SK/1/2030", "winnersPerGroup", 5)), 400);
    assertThat(answer.message()).contains("\"winnersPerGroup\"");
    refused(pimpinan, "POST", task + "/submit-form", variables(Map.of("signOffDecision", "TERSERAH",
        "decreeNumber", "SK/1/2030")), 400);
  }

  // ---- the secretariat keeps its tools, and they are audited ------------------------------------------------------

  @Test
  void theSecretariatStillEditsAVariableInCockpitAndTheAuditTrailSaysWhoDidIt() {
    String secretariat = desk.code.toLowerCase() + "sekretariat";
    Answer changed = client.send(secretariat, "PUT", "/engine-rest/process-instance/" + otherEntry.getId()
        + "/variables/contactPhone", HostileClient.variable("0341-222333"));
    assertThat(changed.status()).as(changed.raw()).isEqualTo(204);
    Answer trail = client.send(secretariat, "GET", "/api/entries/" + otherEntry.getBusinessKey() + "/audit", null);
    assertThat(trail.status()).as(trail.raw()).isEqualTo(200);
    assertThat(trail.body().path("events").toString()).contains("Perubahan oleh pengguna")
        .contains("contactPhone = 0341-222333").contains(secretariat);
    // but even the secretariat completes a task only with its form's fields
    Task screening = desk.tasks(otherEntry, "Task_DeskEvaluation").get(0);
    refused(secretariat, "POST", "/engine-rest/task/" + screening.getId() + "/submit-form",
        variables(CompetitionDriver.rubric(100, 100)), 403);
  }

  // ---- anonymous --------------------------------------------------------------------------------------------------

  @Test
  void anAnonymousClientIsAskedToLogIn() {
    refused(null, "POST", "/engine-rest/task/" + deskTaskOfA.getId() + "/submit-form",
        variables(CompetitionDriver.rubric(100, 100)), 401);
    refused(null, "POST", "/engine-rest/process-definition/key/inovasi/submit-form", variables(Map.of()), 401);
    refused(null, "POST", "/engine-rest/message", Map.of("messageName", "x"), 401);
  }

  // ---- headers ----------------------------------------------------------------------------------------------------

  @Test
  void theApplicationsOwnPagesAndApisSendSecurityHeaders() throws Exception {
    for (String path : List.of("/hasil", "/katalog", "/masuk", "/engine-rest/task", "/api/portal/entries")) {
      java.net.http.HttpResponse<Void> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path)).build(),
          java.net.http.HttpResponse.BodyHandlers.discarding());
      var headers = response.headers();
      assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
          assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
      assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
      assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
    }
  }

  // ---- the legitimate path still works ----------------------------------------------------------------------------

  @Test
  void theFormAloneStillCompletesTheTask() {
    Task own = desk.tasks(otherEntry, "Task_DeskEvaluation").stream()
        .filter(task -> task.getAssignee().equals(jurorA)).findFirst().orElseThrow();
    Answer answer = client.send(jurorA, "POST", "/engine-rest/task/" + own.getId() + "/submit-form",
        variables(CompetitionDriver.rubric(70, 80)));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(204);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM evaluation WHERE entry_key = ? AND juror_id = ?", Long.class,
        otherEntry.getBusinessKey(), jurorA)).isEqualTo(1);
  }

  // ---- every write endpoint of the engine's REST API ---------------------------------------------------------------

  /**
   * Every POST, PUT, DELETE and PATCH of the REST API, as a juror, a participant and the Pimpinan, with an empty body
   * and the ids of real tasks and instances: none may answer with success unless it only reads (a query sent as POST),
   * and none may change the database. An endpoint added by a Camunda upgrade is swept without a new case.
   */
  @Test
  void noWriteEndpointOfTheRestApiChangesAnythingForATaskHolder() {
    List<String> succeeded = new java.util.ArrayList<>();
    int calls = 0;
    for (EngineRestEndpoints.Endpoint endpoint : EngineRestEndpoints.writes()) {
      // queries sent as POST read only; a modification without instructions is answered 204 without any command (the
      // same endpoint with instructions is refused, see aJurorCannotCorrelateSignalModifyOrRunJobs)
      boolean reads = endpoint.javaMethod().matches("(query|get|count|verify|check).*")
          || endpoint.toString().equals("POST /process-instance/{id}/modification");
      Map<String, String> before = DatabaseFingerprint.of(jdbc);
      for (String user : List.of(jurorA, revision.getAssignee(), pimpinan)) {
        if (user.equals(revision.getAssignee()) && endpoint.javaMethod().matches("complete|submit")) {
          continue; // an unchanged revision is a legitimate completion of the participant's own task
        }
        String path = "/engine-rest" + concrete(endpoint.path(), user);
        Answer answer = client.send(user, endpoint.httpMethod(), path,
            endpoint.httpMethod().equals("DELETE") ? null : Map.of());
        calls++;
        if (answer.status() < 300 && !reads) {
          succeeded.add(endpoint + " as " + user + ": " + answer.status() + " " + answer.raw());
        }
        if (answer.status() >= 400 && answer.status() != 401) {
          assertThat(answer.message()).as("message of %s as %s", endpoint, user)
              .doesNotContain("Exception:", "ENGINE-", "org.camunda", "SQL", "java.");
        }
      }
      assertThat(DatabaseFingerprint.of(jdbc)).as("database after %s", endpoint).isEqualTo(before);
    }
    System.out.println("Sweep: " + calls + " calls to " + EngineRestEndpoints.writes().size() + " write endpoints");
    assertThat(succeeded).isEmpty();
  }

  // ---- the application's own API ---------------------------------------------------------------------------------

  /**
   * Who may call each write endpoint of the application's own web API. A new endpoint must be added here (the test
   * below fails until it is), with the groups that may use it; everyone else is refused.
   */
  static final Map<String, List<String>> APPLICATION_WRITES = Map.of(
      "POST /api/admin/processes/{processKey}/migrate", List.of("camunda-admin"),
      "POST /api/notifications/{id}/retry", List.of("sekretariat", "camunda-admin"),
      // a participant records replications for its own agency only (catalogue.Replications, CatalogueWebTest)
      "POST /api/catalogue/{entryKey}/replications", List.of("sekretariat", "camunda-admin", "peserta"));

  /**
   * Write endpoints of the application's own web pages (browser session, form login at /masuk, CSRF token), with the
   * groups that may use them; their forms are tested with a session in their own tests (the portal's registration:
   * PortalRegistrationPagesTest). Here: nothing but a session with the page's token gets through — no HTTP Basic, no
   * JSON, whoever the caller.
   */
  static final Map<String, List<String>> PAGE_WRITES = Map.of(
      "POST /portal/daftar/{editionKey}", List.of("peserta"));

  @Test
  void thePortalsFormsTakeNothingWithoutTheBrowserSessionAndItsToken() {
    for (String endpoint : PAGE_WRITES.keySet()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{editionKey}", desk.editionKey);
      Map<String, Object> form = new java.util.HashMap<>(desk.registrationForm("Dinkes", "Perangkat Daerah",
          "Lewat Jalan Belakang"));
      form.values().removeIf(value -> !(value instanceof String || value instanceof Boolean));
      for (String user : java.util.Arrays.asList(null, revision.getAssignee(), participantA, jurorA, pimpinan)) {
        Map<String, String> before = DatabaseFingerprint.of(jdbc);
        Answer answer = client.send(user, method, path, form);
        // no session, no CSRF token: to the login page ("?sesi": the page expired), nothing registered
        assertThat(answer.status()).as("%s %s as %s: %s", method, path, user, answer.raw()).isEqualTo(302);
        assertThat(DatabaseFingerprint.of(jdbc)).as("database after %s %s as %s", method, path, user)
            .isEqualTo(before);
      }
    }
  }

  /**
   * Write endpoints of public forms that anybody may send (no login): without the CSRF token of the page's session
   * they are refused with 403 and change nothing, whoever sends them. What they accept is tested with their module
   * (objection.PublicObjectionWebTest).
   */
  static final List<String> PUBLIC_WRITES = List.of("POST /uji-publik/{edition}", "POST /uji-publik/konfirmasi");

  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping handlers;

  @Test
  void everyWriteEndpointOfTheApplicationIsDeclaredAndRefusedToEveryoneElse() {
    List<String> found = new java.util.ArrayList<>();
    handlers.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
        .filter(method -> method != org.springframework.web.bind.annotation.RequestMethod.GET
            && method != org.springframework.web.bind.annotation.RequestMethod.HEAD)
        .forEach(method -> info.getPatternValues().forEach(pattern -> found.add(method + " " + pattern))));
    // the pages' forms: thePortalsFormsTakeNothingWithoutTheBrowserSessionAndItsToken
    assertThat(found).as("declared page write endpoints").containsAll(PAGE_WRITES.keySet());
    found.removeAll(PAGE_WRITES.keySet());
    assertThat(found).as("public write endpoints").containsAll(PUBLIC_WRITES);
    for (String endpoint : PUBLIC_WRITES) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", "tidak-ada");
      refused(null, method, path, Map.of(), 403);
      refused(jurorA, method, path, Map.of(), 403);
    }
    found.removeAll(PUBLIC_WRITES);
    assertThat(APPLICATION_WRITES.keySet()).as("declared write endpoints").containsExactlyInAnyOrderElementsOf(found);
    Map<String, String> roles = Map.of(jurorA, "juri", revision.getAssignee(), "peserta", pimpinan, "pimpinan");
    for (String endpoint : found) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[A-Za-z]+}", "tidak-ada");
      refused(null, method, path, Map.of(), 401);
      roles.forEach((user, group) -> {
        if (!APPLICATION_WRITES.get(endpoint).contains(group)) {
          refused(user, method, path, Map.of(), 403);
        } else {
          refused(user, method, path, Map.of("replicatedBy", "x"), 400, 404);
        }
      });
    }
  }

  /** The path with its parameters filled with the ids of this test's real tasks, instances and users. */
  private String concrete(String template, String user) {
    String path = template;
    String[][] byResource = {
        {"/task/{id}", "/task/" + (user.equals(pimpinan) ? signOff.getId() : user.equals(jurorA)
            ? deskTaskOfA.getId() : revision.getId())},
        {"/process-instance/{id}", "/process-instance/" + scored.getId()},
        {"/execution/{id}", "/execution/" + scored.getId()},
        {"/process-definition/{id}", "/process-definition/" + scored.getProcessDefinitionId()},
        {"/process-definition/key/{key}", "/process-definition/key/inovasi"},
        {"/decision-definition/key/{key}", "/decision-definition/key/nilai-akhir"},
        {"/user/{id}", "/user/" + jurorB},
        {"/group/{id}", "/group/sekretariat"},
        {"/message/{messageName}", "/message/HasilPenilaianProposal"}};
    for (String[] replacement : byResource) {
      path = path.replace(replacement[0], replacement[1]);
    }
    return path.replace("{varId}", "entryKey").replace("{userId}", jurorB).replace("{groupId}", "sekretariat")
        .replaceAll("\\{[A-Za-z]+}", "tidak-ada");
  }

  /** Sends the request and asserts a refusal with one of {@code statuses}, in Bahasa, that changed nothing. */
  Answer refused(String user, String method, String path, Object body, int... statuses) {
    Map<String, String> before = DatabaseFingerprint.of(jdbc);
    Answer answer = client.send(user, method, path, body);
    assertThat(statuses).as("%s %s as %s answered %s: %s", method, path, user, answer.status(), answer.raw())
        .contains(answer.status());
    assertThat(DatabaseFingerprint.of(jdbc)).as("database after %s %s as %s", method, path, user).isEqualTo(before);
    if (answer.status() != 401) {
      assertThat(answer.message()).as("message of %s %s", method, path).isNotBlank()
          .doesNotContain("Cannot", "Exception", "ENGINE-", "org.camunda", "SQL", "java.");
    }
    return answer;
  }
}
