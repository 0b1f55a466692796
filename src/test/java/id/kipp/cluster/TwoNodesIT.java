package id.kipp.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.demo.DemoData;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes (two JVMs running the packaged jar, job executors on) share one PostgreSQL database. An edition
 * runs through both: each step is done on one node or the other, asynchronous steps and due timers are picked up by
 * whichever node's job executor gets them. Every job must succeed exactly once, no score may be recorded twice, and the
 * winner must be the one a single node computes — also when one node is killed (kill -9) in the middle of the
 * evaluation and started again. Runs with {@code -Ppostgres} (after the jar is packaged).
 *
 * <p>Independent of the time it runs: the engine's history cleanup window is set around the moment the nodes start, so
 * that the self-rescheduling cleanup job always runs during the test (and must not count as a job done twice), and the
 * edition's dates stay valid when the test crosses midnight in Jakarta.
 */
class TwoNodesIT {

  private static final String DB = "kipp_two_nodes";
  private static final String ADMIN = "rahasia-admin";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final List<Process> NODES = new ArrayList<>();
  private static final int[] PORTS = {18181, 18182};
  /** The history cleanup's batch window (server time, HH:mm): open from an hour ago for the next three hours. */
  private static final String[] CLEANUP_WINDOW = cleanupWindowAround(LocalTime.now());

  static String[] cleanupWindowAround(LocalTime now) {
    DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
    return new String[] {now.minusHours(1).format(hhmm), now.plusHours(3).format(hhmm)};
  }

  @BeforeAll
  static void startNodes() throws Exception {
    try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
         Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + DB);
      sql.execute("CREATE DATABASE " + DB);
    }
    for (int i = 0; i < 2; i++) {
      NODES.add(startNode(i));
    }
  }

  /** Starts node {@code index} (a JVM running the packaged jar) and waits until it is ready. */
  private static Process startNode(int index) throws Exception {
    ProcessBuilder node = new ProcessBuilder("java", "-jar", System.getProperty("kipp.jar"), "--server.port=" + PORTS[index],
        "--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=1000",
        // a job locked by a node that dies is picked up again after this time
        "--camunda.bpm.job-execution.lock-time-in-millis=10000",
        "--camunda.bpm.generic-properties.properties.hostname=node" + (index + 1),
        "--camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time=" + CLEANUP_WINDOW[0],
        "--camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time=" + CLEANUP_WINDOW[1],
        // reminders are due three days before the evaluation deadline (two days after today): at once
        "--kipp.evaluation.reminder-before=P3D")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
            new File("target/two-nodes-" + (index + 1) + ".log")));
    node.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
    node.environment().put("KIPP_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DB);
    node.environment().put("KIPP_DB_USER", "postgres");
    node.environment().put("KIPP_DB_PASSWORD", "");
    node.environment().put("KIPP_ADMIN_PASSWORD", ADMIN);
    node.environment().put("KIPP_DB_SCHEMA_UPDATE", index == 0 ? "true" : "false");
    Process process = node.start();
    waitFor(() -> get(index, "/actuator/health/readiness", null) != null, 180);
    return process;
  }

  @AfterAll
  static void stopNodes() {
    NODES.forEach(Process::destroy);
  }

  @Test
  void editionRunsAcrossBothNodesWithEveryJobOnce() throws Exception {
    String code = "DUA" + (char) ('A' + ThreadLocalRandom.current().nextInt(26)) + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
    String key = code + "-2030";
    for (String[] user : new String[][] {{"sekre", "sekretariat"}, {"juria", "juri"}, {"jurib", "juri"},
        {"pimp", "pimpinan"}, {"pesa", "peserta"}, {"pesb", "peserta"}, {"pesc", "peserta"}}) {
      createUser(user[0], user[1]);
    }
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Map<String, Object> edition = new LinkedHashMap<>();
    edition.put("editionCode", code);
    edition.put("year", 2030);
    edition.put("editionName", "Uji dua node");
    edition.put("organiser", "Uji");
    edition.put("groupsText", "Perangkat Daerah");
    // open until tomorrow (the secretariat closes it early below): still open if the test crosses midnight in Jakarta
    edition.put("registrationOpens", today.minusDays(1).toString());
    edition.put("registrationCloses", today.plusDays(1).toString());
    // the jurors' reminder timers (three days before this deadline, see startNode) are due at once: some node's job
    // executor fires them
    edition.put("evaluationDeadline", today.plusDays(2).toString());
    edition.put("presentationDate", today.plusDays(3).toString());
    edition.put("finalistsPerGroup", 2);
    edition.put("winnersPerGroup", 1);
    edition.put("jurorsPerEntry", 2);
    edition.put("jurorIdsText", "juria, jurib");
    JsonNode started = post(0, "/engine-rest/process-definition/key/kompetisi/submit-form", "sekre", variables(edition));
    assertThat(started.get("businessKey").asText()).isEqualTo(key);

    String[] participants = {"pesa", "pesb", "pesc"};
    // a participant registers for its single agency group (registration.Registrant)
    for (int i = 0; i < 3; i++) {
      post(0, "/engine-rest/group/create", "admin", Map.of("id", code.toLowerCase() + "instansi" + i,
          "name", "Instansi " + i, "type", "instansi"));
      send(0, "PUT", "/engine-rest/group/" + code.toLowerCase() + "instansi" + i + "/members/" + participants[i], "admin",
          null);
    }
    int[] quality = {90, 70, 80};
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Map<String, Object> form = DemoData.registrationForm(key, "Instansi " + i, "Perangkat Daerah", "Layanan " + i, "Ringkasan");
      JsonNode entry = post(i % 2, "/engine-rest/process-definition/key/inovasi/submit-form", participants[i], variables(form));
      entries.add(entry.get("businessKey").asText());
    }
    for (int i = 0; i < 3; i++) {
      Map<String, Object> screening = new HashMap<>();
      for (String check : List.of("checkComplete", "checkEligibleParticipant", "checkImplementedOneYear",
          "checkNotEnteredBefore", "checkNotDuplicate")) {
        screening.put(check, true);
      }
      screening.put("screeningOutcome", "LOLOS");
      completeTask((i + 1) % 2, "sekre", "Task_Screen", entries.get(i), screening);
    }
    completeTask(0, "sekre", "Task_RegistrationOpen", key, Map.of("closeRegistrationNow", true, "earlyClosingReason", "uji"));
    completeTask(1, "sekre", "Task_ReviewAssignment", key, Map.of("assignmentApproved", true));
    for (int i = 0; i < 3; i++) {
      for (String juror : List.of("juria", "jurib")) {
        Map<String, Object> scores = new HashMap<>();
        for (String criterion : List.of("problemAnalysis", "strategicApproach", "implementation", "impact",
            "sustainability", "serviceStandard", "serviceCharter", "satisfactionSurvey", "complaintHandling",
            "informationSystem")) {
          scores.put(criterion + "Score", quality[i]);
        }
        completeJurorTask(juror.equals("juria") ? 0 : 1, juror, "Task_DeskEvaluation", entries.get(i), scores);
      }
      if (i == 0) {
        // kill -9 node 2 in the middle of the evaluation, while the first entry's asynchronous steps may be running
        // there, and start it again: nothing may be lost or done twice
        NODES.get(1).destroyForcibly().waitFor();
        NODES.set(1, startNode(1));
      }
    }
    // the proposed presentation timetable confirmed as it is: the finalists learn their slots
    completeTask(1, "sekre", "Task_ConfirmTimetable", key, Map.of("timetableDecision", "TETAPKAN"));
    // finalists: entries 0 (90) and 2 (80); presentation 70 and 100 → final 0.7x90+0.3x70 = 84, 0.7x80+0.3x100 = 86
    int[] presentation = {70, 0, 100};
    for (int i : new int[] {0, 2}) {
      for (String juror : List.of("juria", "jurib")) {
        completeJurorTask(juror.equals("juria") ? 1 : 0, juror, "Task_PresentationEvaluation", entries.get(i),
            Map.of("presentationScoreInput", presentation[i]));
      }
    }
    completeTask(0, "pimp", "Task_SignOff", key, Map.of("signOffDecision", "SETUJU", "decreeNumber", "SK/2/2030"));
    completeTask(1, "sekre", "Task_ReleaseResults", key, Map.of("resultsReleaseConfirmed", true));
    waitFor(() -> count(1, "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + key + "&finished=true") == 1, 120);

    try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + DB, "postgres", "");
         Statement sql = db.createStatement()) {
      List<String> winners = new ArrayList<>();
      try (ResultSet won = sql.executeQuery("SELECT business_key_ FROM act_hi_procinst WHERE end_act_id_ = 'EndEvent_Winner'"
          + " AND business_key_ LIKE '" + key + "-%'")) {
        while (won.next()) {
          winners.add(won.getString(1));
        }
      }
      assertThat(winners).containsExactly(entries.get(2));
      List<JobRuns.Run> runs = JobRuns.successful(db);
      assertThat(JobRuns.ranMoreThanOnce(runs)).as("jobs that succeeded more than once").isEmpty();
      assertThat(runs.stream().map(JobRuns.Run::jobId).distinct().count()).as("jobs that ran").isGreaterThan(10);
      // the cleanup window was open the whole time: the self-rescheduling cleanup job ran and was told apart
      assertThat(JobRuns.selfReschedulingRuns(runs)).as("history cleanup runs").isPositive();
      try (ResultSet perNode = sql.executeQuery("SELECT hostname_, COUNT(*) FROM act_hi_job_log WHERE job_state_ = 2"
          + " GROUP BY hostname_ ORDER BY hostname_")) {
        while (perNode.next()) {
          System.out.println("successful jobs on " + perNode.getString(1) + ": " + perNode.getInt(2));
        }
      }
      try (ResultSet scores = sql.executeQuery("SELECT COUNT(*), COUNT(DISTINCT entry_key || stage || juror_id) FROM evaluation")) {
        scores.next();
        assertThat(scores.getInt(1)).isEqualTo(3 * 2 + 2 * 2).isEqualTo(scores.getInt(2));
      }
      try (ResultSet open = sql.executeQuery("SELECT COUNT(*) FROM act_ru_job WHERE handler_type_ <> 'history-cleanup'")) {
        open.next();
        assertThat(open.getInt(1)).as("jobs left").isZero();
      }
    }
  }

  // ---- REST helpers -----------------------------------------------------------------------------------------

  private static void createUser(String id, String group) throws Exception {
    post(0, "/engine-rest/user/create", "admin", Map.of("profile", Map.of("id", id, "firstName", id, "lastName", "Uji"),
        "credentials", Map.of("password", id)));
    send(0, "PUT", "/engine-rest/group/" + group + "/members/" + id, "admin", null);
  }

  private static void completeTask(int node, String user, String activity, String businessKey, Map<String, Object> form)
      throws Exception {
    String query = "/engine-rest/task?taskDefinitionKey=" + activity + "&processInstanceBusinessKey=" + businessKey;
    waitFor(() -> get(node, query, user) != null && get(node, query, user).size() == 1, 120);
    String id = get(node, query, user).get(0).get("id").asText();
    post(node, "/engine-rest/task/" + id + "/submit-form", user, variables(form));
  }

  private static void completeJurorTask(int node, String juror, String activity, String businessKey,
      Map<String, Object> form) throws Exception {
    String query = "/engine-rest/task?taskDefinitionKey=" + activity + "&processInstanceBusinessKey=" + businessKey
        + "&assignee=" + juror;
    waitFor(() -> get(node, query, juror) != null && get(node, query, juror).size() == 1, 120);
    String id = get(node, query, juror).get(0).get("id").asText();
    post(node, "/engine-rest/task/" + id + "/submit-form", juror, variables(form));
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> variable = new LinkedHashMap<>();
      if (value instanceof FileValue file) {
        try {
          variable.put("value", Base64.getEncoder().encodeToString(file.getValue().readAllBytes()));
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
        variable.put("type", "File");
        variable.put("valueInfo", Map.of("filename", file.getFilename(), "mimetype", "application/pdf"));
      } else {
        variable.put("value", value);
      }
      variables.put(name, variable);
    });
    return Map.of("variables", variables);
  }

  private static long count(int node, String path) {
    JsonNode result = get(node, path, "sekre");
    return result == null ? -1 : result.get("count").asLong();
  }

  private static JsonNode get(int node, String path, String user) {
    try {
      return send(node, "GET", path, user, null);
    } catch (Exception e) {
      return null;
    }
  }

  private static JsonNode post(int node, String path, String user, Object body) throws Exception {
    return send(node, "POST", path, user, body);
  }

  private static JsonNode send(int node, String method, String path, String user, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORTS[node] + path))
        .timeout(Duration.ofSeconds(60))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
        .header("Content-Type", "application/json");
    if (user != null) {
      String password = user.equals("admin") ? ADMIN : user;
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
    }
    return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
  }

  private static void waitFor(Supplier<Boolean> condition, int seconds) throws InterruptedException {
    long until = System.currentTimeMillis() + seconds * 1000L;
    while (System.currentTimeMillis() < until) {
      if (Boolean.TRUE.equals(condition.get())) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("timed out after " + seconds + " s");
  }
}
