package id.kipp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.identity.Agencies;
import id.kipp.identity.IdentityBootstrap;
import id.kipp.shared.Processes;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * One whole edition driven the way its users drive it: every start form and task form is submitted through the
 * FormService as the user concerned (authorizations on), with {@code threads} users working at the same time. The
 * engine's job executor runs every asynchronous step (reports entry → edition, assignment, finalists, announcement),
 * as in production; a stage ends when the engine has finished its consequences (polled).
 *
 * <p>The stages are the rows of {@link #stages()}; a new step of the edition is one more row there.
 */
final class EditionWorkload {

  /** One stage of the edition: its label, what its operations count, and the work (returns the number of them). */
  record Stage(String name, String unit, StageAction action) {}

  @FunctionalInterface
  interface StageAction {
    long run() throws Exception;
  }

  record Settings(int entries, int jurors, int jurorsPerEntry, List<String> groups, int finalistsPerGroup,
      int winnersPerGroup, int threads, Duration stageTimeout, int myTasksSamplesPerJuror, int refuseEvery,
      int documentMiB) {

    /** Whether the secretariat passes entry {@code index} at screening: one in {@code refuseEvery} is refused. */
    boolean passes(int index) {
      // in every group alike (entry i belongs to group i % groups when agencies divide evenly)
      return refuseEvery <= 0 || (index / groups.size()) % refuseEvery != refuseEvery - 1;
    }
  }

  private record Agency(String id, String name, String group, String participant) {}

  private static final Pattern ENTRY_NUMBER = Pattern.compile("— \\S+-(\\d+)(?::|$)");

  final ProcessEngine engine;
  final Settings settings;
  final CompetitionDriver driver;

  /** Latency of each user operation of the stage running now (start form or task form submitted). */
  volatile Latency stageOperations = new Latency();
  /** Every task completion of the edition (screening, scoring, presentation, secretariat and Pimpinan tasks). */
  final Latency taskCompletion = new Latency();
  /** A juror's "Tugas saya" (count and first page) while every desk evaluation task is open, juror after juror. */
  final Latency myTasksAllOpen = new Latency();
  /** The same query while the jurors score (each juror refreshes the list after each page of tasks). */
  final Latency myTasksWhileScoring = new Latency();
  /** User submissions refused by optimistic locking and submitted again (the user's "try again"). */
  final AtomicLong userRetries = new AtomicLong();
  /** Bytes of every file uploaded so far (the registrations' three files). */
  final AtomicLong uploadedBytes = new AtomicLong();

  private final List<Agency> agencies = new ArrayList<>();
  private final Map<String, Integer> entryIndex = new ConcurrentHashMap<>();
  private final Map<String, List<String>> groupsOf = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();
  private final Set<String> reportedJobFailures = ConcurrentHashMap.newKeySet();
  private String secretariat;
  private String pimpinan;
  private String editionId;
  private String entryDefinitionId;
  private String myTasksFilterId;
  private long passed;
  private long finalists;

  EditionWorkload(ProcessEngine engine, Settings settings) {
    this.engine = engine;
    this.settings = settings;
    this.driver = new CompetitionDriver(engine, "BENCH");
  }

  /** The edition's stages in order. Steps added to the edition process get one row each here. */
  List<Stage> stages() {
    return List.of(
        new Stage("Buka edisi", "edisi", this::openEdition),
        new Stage("Pendaftaran", "pendaftaran", this::register),
        new Stage("Seleksi administrasi", "tugas", this::screen),
        new Stage("Tutup pendaftaran", "tugas", this::closeRegistration),
        new Stage("Usulan penugasan juri", "inovasi", this::awaitAssignmentProposal),
        new Stage("Persetujuan penugasan juri", "inovasi", this::approveAssignment),
        new Stage("Penilaian proposal", "tugas", this::scoreProposals),
        new Stage("Penetapan finalis", "inovasi", this::awaitFinalists),
        new Stage("Jadwal presentasi", "finalis", this::schedulePresentations),
        new Stage("Penilaian presentasi", "tugas", this::scorePresentations),
        new Stage("Peringkat akhir", "finalis", this::awaitFinalRanking),
        new Stage("Penetapan pimpinan", "finalis", this::signOff),
        new Stage("Rilis dan pengumuman hasil", "finalis", this::releaseAndAnnounce));
  }

  // ---- set-up (users and agencies, as an administrator would create them beforehand) ---------------------------

  void createUsers() throws Exception {
    driver.withJurors(settings.jurors());
    secretariat = driver.code.toLowerCase() + "sekretariat";
    driver.user(secretariat, "sekretariat");
    pimpinan = driver.code.toLowerCase() + "pimpinan";
    driver.user(pimpinan, "pimpinan");
    int agencyCount = Math.max(settings.groups().size(), (settings.entries() + 3) / 4);
    for (int a = 0; a < agencyCount; a++) {
      String id = driver.code.toLowerCase() + "i" + a;
      agencies.add(new Agency(id, "Instansi Uji " + a, settings.groups().get(a % settings.groups().size()),
          id + "admin"));
    }
    parallel(agencies, agency -> {
      Agencies.ensure(engine.getIdentityService(), agency.id(), agency.name());
      driver.user(agency.participant(), "peserta");
      engine.getIdentityService().createMembership(agency.participant(), agency.id());
    });
    // every user has an e-mail address, as in production: each notification of the edition is written to the outbox
    // (without an SMTP host it stays there, unsent)
    List<String> everyone = new ArrayList<>(driver.jurors);
    everyone.addAll(List.of(secretariat, pimpinan));
    agencies.forEach(agency -> everyone.add(agency.participant()));
    parallel(everyone, id -> {
      org.camunda.bpm.engine.identity.User account = engine.getIdentityService().createUserQuery().userId(id)
          .singleResult();
      account.setEmail(id + "@benchmark.invalid");
      engine.getIdentityService().saveUser(account);
    });
    // every tenth juror works for one of the agencies: a conflict of interest the assignment must respect
    for (int j = 0; j < driver.jurors.size(); j += 10) {
      engine.getIdentityService().createMembership(driver.jurors.get(j), agencies.get((j * 13) % agencies.size()).id());
    }
    entryDefinitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.ENTRY).latestVersion().singleResult().getId();
    myTasksFilterId = engine.getFilterService().createFilterQuery().filterName(IdentityBootstrap.MY_TASKS)
        .singleResult().getId();
  }

  // ---- stages ------------------------------------------------------------------------------------------------

  long openEdition() {
    Map<String, Object> form = driver.editionForm(String.join(", ", settings.groups()), settings.finalistsPerGroup(),
        settings.winnersPerGroup(), settings.jurorsPerEntry());
    ProcessInstance edition = stageOperations.time(() -> driver.openEdition(form));
    editionId = edition.getId();
    return 1;
  }

  long register() throws Exception {
    assertThat(Forms.htmlFormKeys(CompetitionDriver.HTML_FORM))
        .containsAll(driver.registrationForm("x", "x", "x").keySet());
    parallel(IntStream.range(0, settings.entries()).boxed().toList(), i -> {
      Agency agency = agencies.get(i % agencies.size());
      Map<String, Object> form = driver.registrationForm(agency.name(), agency.group(),
          "Inovasi Pelayanan Nomor " + i + " " + agency.name());
      if (settings.documentMiB() > 0) {
        // three proposals of a real size (-Dbenchmark.documentMiB), bytes of their own for every entry and file
        form.put("innovationProposalFile", ProposalFiles.pdf("proposal-inovasi.pdf", settings.documentMiB(), 3L * i));
        form.put("performanceProposalFile", ProposalFiles.pdf("proposal-kinerja.pdf", settings.documentMiB(),
            3L * i + 1));
        form.put("declarationFile", ProposalFiles.pdf("surat-pernyataan.pdf", settings.documentMiB(), 3L * i + 2));
      }
      long files = uploaded(form);
      ProcessInstance entry = timedRetrying(stageOperations, null, () -> as(agency.participant(),
          () -> engine.getFormService().submitStartForm(entryDefinitionId, form)));
      entryIndex.put(entry.getId(), i);
      uploadedBytes.addAndGet(files);
    });
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKey(driver.editionKey + String.format("-%04d", settings.entries())).count())
        .as("the last entry number").isEqualTo(1);
    return settings.entries();
  }

  /** The bytes of the files in a form. */
  private static long uploaded(Map<String, Object> form) {
    long bytes = 0;
    for (Object value : form.values()) {
      if (value instanceof org.camunda.bpm.engine.variable.value.FileValue file && file.getValue() != null) {
        try (java.io.InputStream in = file.getValue()) {
          bytes += in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return bytes;
  }

  long screen() throws Exception {
    parallel(new ArrayList<>(entryIndex.keySet()), entryId -> {
      Task task = as(secretariat, () -> engine.getTaskService().createTaskQuery().processInstanceId(entryId)
          .taskDefinitionKey("Task_Screen").singleResult());
      boolean pass = settings.passes(entryIndex.get(entryId));
      complete(task, secretariat, driver.screening(pass ? "LOLOS" : "TIDAK_LOLOS",
          pass ? null : "Dokumen pendukung tidak sesuai dengan ketentuan.", null));
    });
    awaitUntil("every screening reported to the edition", () -> counter("screenedCount") >= settings.entries());
    passed = counter("passedCount");
    return settings.entries();
  }

  long closeRegistration() {
    Task open = editionTask("Task_RegistrationOpen");
    complete(open, secretariat, Map.of("closeRegistrationNow", true,
        "earlyClosingReason", "Semua pendaftar sudah diseleksi."));
    return 1;
  }

  long awaitAssignmentProposal() {
    awaitUntil("the proposed assignment", () -> openEditionTask("Task_ReviewAssignment") != null
        || openEditionTask("Task_ResolveAssignment") != null);
    if (openEditionTask("Task_ResolveAssignment") != null) {
      throw new IllegalStateException("No assignment: " + engine.getRuntimeService().getVariable(editionId,
          "assignmentProblems"));
    }
    return passed;
  }

  long approveAssignment() {
    complete(editionTask("Task_ReviewAssignment"), secretariat, Map.of("assignmentApproved", true));
    long expected = passed * settings.jurorsPerEntry();
    awaitUntil("every juror's desk evaluation task", () -> deskTasks() >= expected);
    // entries are released in transactions of their own; the edition records the count when the step commits
    awaitUntil("the edition's count of assigned entries", () -> counter("assignedCount") >= passed);
    assertThat(counter("assignedCount")).isEqualTo(passed);
    return passed;
  }

  long deskTasks() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey("penilaian-juri")
        .taskDefinitionKey("Task_DeskEvaluation").count();
  }

  /** Each juror opens "Tugas saya" a few times, one juror after another, while every desk task is open. */
  void sampleMyTasksWithAllOpen() {
    for (int round = 0; round < settings.myTasksSamplesPerJuror(); round++) {
      for (String juror : driver.jurors) {
        myTasks(myTasksAllOpen, juror);
      }
    }
  }

  long scoreProposals() throws Exception {
    AtomicLong done = new AtomicLong();
    parallel(driver.jurors, juror -> {
      int jurorIndex = driver.jurors.indexOf(juror);
      while (true) {
        List<Task> page = myTasks(myTasksWhileScoring, juror).stream()
            .filter(task -> "Task_DeskEvaluation".equals(task.getTaskDefinitionKey())).toList();
        if (page.isEmpty()) {
          return;
        }
        for (Task task : page) {
          int quality = quality(task);
          Map<String, Object> rubric = CompetitionDriver.rubric(Math.min(100, quality + jurorIndex % 3),
              Math.max(0, quality - 5 + jurorIndex % 4));
          complete(task, juror, rubric);
          done.incrementAndGet();
        }
      }
    });
    awaitUntil("every desk score reported to the edition",
        () -> counter("deskEvaluatedCount") >= counter("assignedCount"));
    return done.get();
  }

  long awaitFinalists() {
    awaitUntil("the finalists", () -> {
      Task consensus = openEditionTask("Task_Consensus");
      if (consensus != null) {
        complete(consensus, secretariat, Map.of("consensusNote", "Perbedaan penilaian sudah dibahas dalam rapat juri."));
      }
      return openEditionTask("Task_ConfirmTimetable") != null;
    });
    finalists = counter("finalistCount");
    return passed;
  }

  /**
   * "Tetapkan jadwal presentasi": when the proposal does not fit the presentation date, the secretariat adds as many
   * days as needed and asks for a new proposal; then it confirms, and the finalists' decision reaches every entry.
   */
  long schedulePresentations() {
    Task task = editionTask("Task_ConfirmTimetable");
    if (engine.getRuntimeService().getVariable(editionId, "timetableProblems") != null) {
      java.time.LocalDate first = java.time.LocalDate.parse(
          ((String) engine.getRuntimeService().getVariable(editionId, "presentationDays")).split(",")[0].trim());
      List<String> days = new java.util.ArrayList<>();
      for (int i = 0; i < Math.max(1, (int) Math.ceil(finalists / 15.0)); i++) {
        days.add(first.plusDays(i).toString());
      }
      String previous = task.getId();
      complete(task, secretariat, Map.of("presentationDays", String.join(", ", days),
          "timetableDecision", "USULKAN_ULANG"));
      awaitUntil("the new timetable proposal", () -> {
        Task next = openEditionTask("Task_ConfirmTimetable");
        return next != null && !next.getId().equals(previous);
      });
      task = editionTask("Task_ConfirmTimetable");
    }
    complete(task, secretariat, Map.of("timetableDecision", "TETAPKAN"));
    awaitUntil("the finalists' announcement", () -> engine.getRuntimeService().createExecutionQuery()
        .processInstanceId(editionId).activityId("Event_PresentationsFinished").count() > 0);
    return finalists;
  }

  long scorePresentations() throws Exception {
    AtomicLong done = new AtomicLong();
    parallel(driver.jurors, juror -> {
      int jurorIndex = driver.jurors.indexOf(juror);
      while (true) {
        List<Task> page = myTasks(myTasksWhileScoring, juror).stream()
            .filter(task -> "Task_PresentationEvaluation".equals(task.getTaskDefinitionKey())).toList();
        if (page.isEmpty()) {
          return;
        }
        for (Task task : page) {
          complete(task, juror, Map.of("presentationScoreInput", (long) Math.min(100, quality(task) + jurorIndex % 5),
              "presentationComment", "Presentasi dan wawancara lengkap."));
          done.incrementAndGet();
        }
      }
    });
    awaitUntil("every presentation score reported to the edition",
        () -> counter("presentedCount") >= counter("finalistCount"));
    return done.get();
  }

  long awaitFinalRanking() {
    awaitUntil("the final ranking", () -> openEditionTask("Task_SignOff") != null);
    return finalists;
  }

  long signOff() {
    complete(editionTask("Task_SignOff"), pimpinan, Map.of("signOffDecision", "SETUJU",
        "decreeNumber", "188.45/001/2030"));
    awaitUntil("the release task", () -> openEditionTask("Task_ReleaseResults") != null);
    return finalists;
  }

  /** "Rilis hasil kepada peserta", then the announcement to every finalist and the publication (snapshot, catalogue). */
  long releaseAndAnnounce() {
    complete(editionTask("Task_ReleaseResults"), secretariat, Map.of("resultsReleaseConfirmed", true));
    awaitUntil("the announcement", () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(editionId).count() == 0
        && engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Processes.ENTRY).count() == 0);
    return finalists;
  }

  /** Winners, finalists, non-finalists and rejected entries as the entries ended (end event → count). */
  Map<String, Long> outcomes() {
    Map<String, Long> outcomes = new LinkedHashMap<>();
    for (String end : List.of("EndEvent_Winner", "EndEvent_Finalist", "EndEvent_NotFinalist",
        "EndEvent_NotPassedScreening")) {
      outcomes.put(end, engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processDefinitionKey(Processes.ENTRY).finished().executedActivityIdIn(end).count());
    }
    return outcomes;
  }

  long passed() {
    return passed;
  }

  long finalists() {
    return finalists;
  }

  // ---- baseline ----------------------------------------------------------------------------------------------

  /**
   * The minimal process (start → user task → end) on the same engine and database: {@code instances} times started
   * by a participant and its task completed by them, with the same number of users at once. Neither has a form, so
   * both are submitted without fields (the guard refuses fields a form does not declare).
   */
  long baseline(int instances) throws Exception {
    BpmnModelInstance minimal = Bpmn.createExecutableProcess("benchmark-minimal").name("Proses minimal (benchmark)")
        .camundaHistoryTimeToLive(3650)
        .startEvent().camundaInitiator("starter")
        .userTask("Task_Minimal").name("Tugas minimal").camundaAssignee("${starter}")
        .endEvent()
        .done();
    String definitionId = engine.getRepositoryService().createDeployment().name("benchmark-baseline")
        .addModelInstance("benchmark-minimal.bpmn", minimal).deployWithResult()
        .getDeployedProcessDefinitions().get(0).getId();
    String user = driver.code.toLowerCase() + "baseline";
    driver.user(user, "peserta");
    var authorization = engine.getAuthorizationService().createNewAuthorization(
        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    authorization.setUserId(user);
    authorization.setResource(Resources.PROCESS_DEFINITION);
    authorization.setResourceId("benchmark-minimal");
    authorization.addPermission(ProcessDefinitionPermissions.READ);
    authorization.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(authorization);
    parallel(IntStream.range(0, instances).boxed().toList(), i -> {
      ProcessInstance instance = stageOperations.time(() -> as(user, () -> engine.getFormService()
          .submitStartForm(definitionId, Map.of())));
      Task task = as(user, () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .singleResult());
      stageOperations.time(() -> as(user, () -> {
        engine.getFormService().submitTaskForm(task.getId(), Map.of());
        return null;
      }));
    });
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionId(definitionId)
        .finished().count()).isEqualTo(instances);
    return instances;
  }

  // ---- helpers -----------------------------------------------------------------------------------------------

  /** Tasklist's "Tugas saya" as the juror: the filter's count and its first page (15, newest first). */
  private List<Task> myTasks(Latency into, String juror) {
    return into.time(() -> as(juror, () -> {
      engine.getFilterService().count(myTasksFilterId);
      return engine.getFilterService().<Task, org.camunda.bpm.engine.task.TaskQuery>listPage(myTasksFilterId,
          engine.getTaskService().createTaskQuery().orderByTaskCreateTime().desc(), 0, 15);
    }));
  }

  /** Submits a task form as {@code userId}; its keys are checked once per task definition against the form. */
  private void complete(Task task, String userId, Map<String, Object> variables) {
    Set<String> fields = formFields.computeIfAbsent(task.getTaskDefinitionKey(), key -> {
      var formData = engine.getFormService().getTaskFormData(task.getId());
      return formData.getCamundaFormRef() == null
          ? Forms.htmlFormKeys(formData.getFormKey().replace("embedded:deployment:", ""))
          : Forms.camundaFormKeys(formData.getCamundaFormRef().getKey());
    });
    assertThat(fields).as("fields of the form of %s", task.getName()).containsAll(variables.keySet());
    timedRetrying(stageOperations, taskCompletion, () -> as(userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), variables);
      return null;
    }));
  }

  /** A user's submission, submitted again when it lost an optimistic-locking race (as the user would retry). */
  private <T> T timedRetrying(Latency stage, Latency alsoInto, Supplier<T> action) {
    long start = System.nanoTime();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return action.get();
        } catch (OptimisticLockingException e) {
          if (attempt >= 50) {
            throw e;
          }
          userRetries.incrementAndGet();
        }
      }
    } finally {
      long elapsed = System.nanoTime() - start;
      stage.record(elapsed);
      if (alsoInto != null) {
        alsoInto.record(elapsed);
      }
    }
  }

  private int quality(Task task) {
    Matcher matcher = ENTRY_NUMBER.matcher(task.getName());
    int number = matcher.find() ? Integer.parseInt(matcher.group(1)) : 1;
    return 45 + (number * 37) % 50;
  }

  private Task editionTask(String activityId) {
    Task task = openEditionTask(activityId);
    assertThat(task).as("task %s of the edition", activityId).isNotNull();
    return task;
  }

  private Task openEditionTask(String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(editionId).taskDefinitionKey(activityId)
        .singleResult();
  }

  long counter(String name) {
    Object value = engine.getRuntimeService().getVariable(editionId, name);
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** Polls until {@code condition} holds; fails at once on an incident, and reports every failed job attempt. */
  private void awaitUntil(String what, BooleanSupplier condition) {
    long deadline = System.nanoTime() + settings.stageTimeout().toNanos();
    while (!condition.getAsBoolean()) {
      List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().list();
      if (!incidents.isEmpty()) {
        throw new IllegalStateException("Incident while waiting for " + what + ": " + incidents.stream()
            .map(i -> i.getActivityId() + ": " + i.getIncidentMessage()).toList());
      }
      for (Job job : engine.getManagementService().createJobQuery().withException().list()) {
        if (reportedJobFailures.add(job.getId() + "/" + job.getRetries())) {
          String message = job.getExceptionMessage() == null ? "" : job.getExceptionMessage();
          System.out.printf("  [job failed, retries left %d] %s: %s%n", job.getRetries(),
              activityOf(job), message.length() > 160 ? message.substring(0, 160) + "…" : message);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out after " + settings.stageTimeout() + " waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private String activityOf(Job job) {
    try {
      return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
          .singleResult().getActivityId();
    } catch (RuntimeException e) {
      return job.getId();
    }
  }

  <T> T as(String userId, Supplier<T> action) {
    List<String> groups = groupsOf.computeIfAbsent(userId, id -> engine.getIdentityService().createGroupQuery()
        .groupMember(id).list().stream().map(group -> group.getId()).toList());
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @FunctionalInterface
  interface Work<T> {
    void accept(T item) throws Exception;
  }

  /** Runs {@code work} for every item with {@code threads} users at once; the first failure is rethrown. */
  <T> void parallel(Collection<T> items, Work<T> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> {
          work.accept(item);
          return null;
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (ExecutionException e) {
          pool.shutdownNow();
          throw e.getCause() instanceof Exception cause ? cause : e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
