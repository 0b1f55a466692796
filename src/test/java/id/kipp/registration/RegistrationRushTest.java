package id.kipp.registration;

import static id.kipp.hostile.HostileClient.variables;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.hostile.HostileClient;
import id.kipp.hostile.HostileClient.Answer;
import id.kipp.testsupport.CompetitionDriver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The registration deadline, over HTTP like Tasklist or any client of the REST API: participants of ten agencies
 * register at the same moment, each with its three PDF files. Every registration is accepted without a stall (latency
 * printed: p50/p99), identical
 * registrations make exactly one entry, and another user's request is answered promptly meanwhile (no request holds
 * two connections, and the registration gate keeps connections for everyone else).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.datasource.url=jdbc:h2:mem:kipp-rush-test;DB_CLOSE_DELAY=-1",
        // the production gate (6 at once) with a longer wait: on a build machine shared with other jobs the last of
        // the 50 may wait longer than 30 s for its turn, which is the machine's load, not what this test is about
        "kipp.registration.gate-wait=PT120S"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationRushTest {

  static final String GROUP = "Perangkat Daerah";
  static final String REGISTER = "/engine-rest/process-definition/key/inovasi/submit-form";

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @LocalServerPort
  int port;

  HostileClient client;
  CompetitionDriver driver;
  List<String> participants = new ArrayList<>();
  List<String> agencies = new ArrayList<>();
  String secretariat;

  @BeforeAll
  void edition() {
    client = new HostileClient(port);
    driver = new CompetitionDriver(engine, "RUSH").withJurors(2);
    driver.openEdition(driver.editionForm(GROUP, 1, 1, 2));
    secretariat = driver.code.toLowerCase() + "sekretariat";
    for (int i = 0; i < 10; i++) {
      String agency = "Dinas Uji " + (char) ('A' + i);
      agencies.add(agency);
      participants.add(driver.agencyParticipant("dinas" + i, agency, "p"));
    }
    // one registration before the rush: the first request of a fresh application loads forms and classes
    long start = System.nanoTime();
    Answer warm = register(participants.get(0), "Pemanasan");
    assertThat(warm.status()).as(warm.raw()).isEqualTo(200);
    long first = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    Answer alone = register(participants.get(1), "Sendirian");
    assertThat(alone.status()).as(alone.raw()).isEqualTo(200);
    System.out.printf("Registration alone (%s): first %d ms, second %d ms%n", database(), first,
        (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void fiftyRegistrationsFromTenAgenciesAtOnceAreAllAcceptedPromptly() throws Exception {
    List<Callable<Answer>> registrations = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      int n = i;
      registrations.add(() -> register(participants.get(n % 10), "Inovasi Serentak " + n));
    }
    List<Long> otherRequest = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean rushing = new AtomicBoolean(true);
    Thread reader = new Thread(() -> {
      while (rushing.get()) {
        long start = System.nanoTime();
        Answer answer = client.send(secretariat, "GET", "/engine-rest/process-instance/count?processDefinitionKey=kompetisi",
            null);
        otherRequest.add(answer.status() == 200 ? (System.nanoTime() - start) / 1_000_000 : -1);
      }
    });
    double loadBefore = load();
    Map<String, Long> threadsBefore = cpuByThreadKind();
    long cpuBefore = processCpuNanos();
    List<Timed> answers = allAtOnce(registrations, () -> reader.start());
    long cpuMillis = (processCpuNanos() - cpuBefore) / 1_000_000;
    Map<String, Long> threadsAfter = cpuByThreadKind();
    rushing.set(false);
    reader.join();

    List<Long> millis = answers.stream().map(Timed::millis).sorted().toList();
    List<Long> reads = otherRequest.stream().sorted().toList();
    System.out.printf("Registration rush (%s): 50 registrations from 10 agencies at once, p50 %d ms, p99 %d ms,"
        + " max %d ms; another user's GET meanwhile: %d requests, p50 %d ms, max %d ms%n", database(),
        percentile(millis, 50), percentile(millis, 99), millis.get(millis.size() - 1), reads.size(),
        reads.isEmpty() ? 0 : percentile(reads, 50), reads.isEmpty() ? 0 : reads.get(reads.size() - 1));
    // CPU time of this JVM (application and the test's clients) per registration: unlike wall time, comparable
    // between runs on a machine shared with other jobs
    System.out.printf("Registration rush (%s): CPU of the application's JVM %d ms for 50 registrations (%d ms each);"
        + " load average before %.1f on %d cores%n", database(), cpuMillis, cpuMillis / 50, loadBefore, cores());
    if (!threadsAfter.isEmpty()) {
      Map<String, Long> spent = new java.util.TreeMap<>();
      threadsAfter.forEach((kind, ms) -> spent.put(kind, ms - threadsBefore.getOrDefault(kind, 0L)));
      long known = spent.values().stream().mapToLong(Long::longValue).sum();
      spent.put("test clients and ended threads", Math.max(0, cpuMillis - known));
      System.out.printf("Registration rush (%s): CPU by thread, ms per registration: %s%n", database(),
          spent.entrySet().stream().map(e -> e.getKey() + " " + Math.round(e.getValue() / 50.0))
              .collect(java.util.stream.Collectors.joining(", ")));
    }
    for (Timed timed : answers) {
      assertThat(timed.answer().status()).as(timed.answer().raw()).isEqualTo(200);
    }
    assertThat(reads).isNotEmpty().doesNotContain(-1L);
    if (loadBefore > 1.5 * cores()) {
      System.out.printf("Registration rush: latency bounds not checked, the machine is oversubscribed (load average"
          + " %.1f on %d cores before the rush)%n", loadBefore, cores());
    } else {
      // 50 registrations of ~0.2-1 s of work each cannot all end within 2 s on 2 cores: they queue at the gate (6 at
      // once). What must hold is that none waits as long as the production gate's 30 s (no stall, no 503) and that
      // everyone else is still answered within 2 s; the p50/p99 above are the figures for the report.
      assertThat(millis).allSatisfy(ms -> assertThat(ms).isLessThan(30_000));
      assertThat(reads).allSatisfy(ms -> assertThat(ms).isLessThan(2000));
    }

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry WHERE edition_key = ? AND title LIKE 'Inovasi Serentak %'",
        Long.class, driver.editionKey)).isEqualTo(50);
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT entry_number) FROM entry WHERE edition_key = ?", Long.class,
        driver.editionKey)).isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM entry WHERE edition_key = ?",
        Long.class, driver.editionKey));
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT agency_id) FROM entry WHERE edition_key = ?"
        + " AND title LIKE 'Inovasi Serentak %'", Long.class, driver.editionKey)).isEqualTo(10);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("inovasi")
        .processInstanceBusinessKeyLike(driver.editionKey + "-%").count()).isGreaterThanOrEqualTo(51);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void tenIdenticalRegistrationsAtOnceMakeOneEntryAndNineBahasaRefusals(CapturedOutput log) throws Exception {
    String participant = participants.get(3);
    List<Callable<Answer>> identical = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      identical.add(() -> register(participant, "Layanan Kembar"));
    }
    List<Timed> answers = allAtOnce(identical, () -> { });
    List<Answer> accepted = answers.stream().map(Timed::answer).filter(a -> a.status() == 200).toList();
    List<Answer> refused = answers.stream().map(Timed::answer).filter(a -> a.status() != 200).toList();
    assertThat(accepted).hasSize(1);
    assertThat(refused).hasSize(9).allSatisfy(answer -> {
      assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
      assertThat(answer.message()).containsAnyOf("sudah terdaftar pada edisi ini", "sedang didaftarkan")
          .contains("Layanan Kembar").doesNotContain("SQL", "Exception", "entry", "constraint", "Cannot");
    });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM entry WHERE edition_key = ? AND title = 'Layanan Kembar'",
        Long.class, driver.editionKey)).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processDefinitionKey("inovasi")
        .variableValueEquals("title", "Layanan Kembar").count()).isEqualTo(1);
    // each refusal is one INFO line, without the REST API's own HTTP 500 warning and its stack trace
    List<String> lines = log.getAll().lines().filter(line -> line.contains("Layanan Kembar")).toList();
    assertThat(lines).filteredOn(line -> line.contains("Ditolak (400)")).hasSize(9)
        .allSatisfy(line -> assertThat(line).contains(" INFO "));
    assertThat(log.getAll()).doesNotContain("ENGINE-REST-HTTP500");
    assertThat(log.getAll().lines().filter(line -> line.startsWith("\tat ")).count()).isZero();
  }

  /**
   * What each registration writes, kept small for a rush (docs/performance.md): every variable keeps its history (the
   * audit trail reads the variable updates and, of a variable never changed, its one value), without a second text copy
   * of each form field nor of each new variable's value (32 variables: 2 detail rows, 33 before); the edition's pinned
   * eligibility rule is read once per group, not evaluated (with four decision history rows) at every registration,
   * and still refuses an innovation too new.
   */
  @Test
  void eachRegistrationKeepsItsVariableHistoryWithoutFormFieldCopiesOrRepeatedRuleEvaluations() {
    var history = engine.getHistoryService();
    long decisionsBefore = history.createHistoricDecisionInstanceQuery()
        .decisionDefinitionKey(Eligibility.DECISION_KEY).count();
    for (String title : List.of("Riwayat Ringkas Satu", "Riwayat Ringkas Dua")) {
      Answer answer = register(participants.get(5), title);
      assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    }
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(Eligibility.DECISION_KEY).count()
        - decisionsBefore).isLessThanOrEqualTo(1);

    String entry = jdbc.queryForObject("SELECT process_instance_id FROM entry WHERE edition_key = ? AND title = ?",
        String.class, driver.editionKey, "Riwayat Ringkas Dua");
    assertThat(history.createHistoricDetailQuery().processInstanceId(entry).formFields().count()).isZero();
    // a variable that never changed keeps its one value in ACT_HI_VARINST only: its creation's detail is written
    // when it first changes (shared.FirstValueDetails), and a registration changes none of these
    Map<String, Object> values = new java.util.HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceId(entry).list()
        .forEach(variable -> values.put(variable.getName(), variable.getValue()));
    assertThat(values).containsEntry("title", "Riwayat Ringkas Dua").containsKeys("summary", "implementedSince",
        "innovationProposalFile", "performanceProposalFile", "declarationFile", "registeredBy", "entryKey");
    List<String> detailed = history.createHistoricDetailQuery().processInstanceId(entry).variableUpdates().list()
        .stream().map(detail -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())
        .toList();
    assertThat(detailed).doesNotContain("title", "summary", "implementedSince", "innovationProposalFile",
        "performanceProposalFile", "declarationFile", "registeredBy", "entryKey")
        // a changed variable (the group, written as the edition spells it) has its first value and its change
        .allSatisfy(name -> assertThat(Collections.frequency(detailed, name)).as(name).isGreaterThanOrEqualTo(2))
        .hasSizeLessThan(values.size() / 4);

    int index = 5;
    Map<String, Object> tooNew = driver.registrationForm(agencies.get(index), GROUP, "Inovasi Terlalu Baru");
    tooNew.put("implementedSince", id.kipp.testsupport.TestClock.today().toString());
    Answer refused = client.send(participants.get(index), "POST", REGISTER, variables(tooNew));
    assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
    assertThat(refused.message()).contains("Inovasi baru diterapkan sejak");
  }

  Answer register(String participant, String title) {
    int index = participants.indexOf(participant);
    Map<String, Object> form = driver.registrationForm(agencies.get(index), GROUP, title);
    return client.send(participant, "POST", REGISTER, variables(form));
  }

  record Timed(Answer answer, long millis) {}

  /** Sends every request at the same moment (one thread each) and waits for all answers. */
  static List<Timed> allAtOnce(List<Callable<Answer>> requests, Runnable whenStarted) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(requests.size());
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Timed>> futures = new ArrayList<>();
      for (Callable<Answer> request : requests) {
        futures.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          long start = System.nanoTime();
          Answer answer = request.call();
          return new Timed(answer, (System.nanoTime() - start) / 1_000_000);
        }));
      }
      ready.await();
      go.countDown();
      whenStarted.run();
      List<Timed> answers = new ArrayList<>();
      for (Future<Timed> future : futures) {
        answers.add(future.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  static long percentile(List<Long> sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  /**
   * Wall-clock bounds say something about the application only when it has the machine's cores to itself: on a build
   * machine shared by other jobs (load average above 1.5 per core before the rush) they are printed, not asserted.
   */
  static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /**
   * CPU time in ms of this JVM's live threads by kind (request threads, JIT compilers, garbage collector, others), read
   * from Linux's {@code /proc/self/task}; empty elsewhere. Says how much of a rush's CPU is the registrations' own
   * work and how much the JVM warming up (the rush runs right after the application started).
   */
  static Map<String, Long> cpuByThreadKind() {
    Map<String, Long> kinds = new java.util.TreeMap<>();
    java.io.File[] tasks = new java.io.File("/proc/self/task").listFiles();
    if (tasks == null) {
      return kinds;
    }
    for (java.io.File task : tasks) {
      try {
        String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        String kind = name.startsWith("http-nio") ? "request threads"
            : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT compiler"
            : name.startsWith("GC Thread") || name.startsWith("G1 ") ? "garbage collector" : "other threads";
        kinds.merge(kind, ticks * 10, Long::sum); // 100 ticks a second on Linux
      } catch (java.io.IOException | RuntimeException e) {
        // a thread that ended meanwhile
      }
    }
    return kinds;
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  private String database() {
    return jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getDatabaseProductName());
  }
}
