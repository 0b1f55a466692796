package id.kipp.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.demo.DemoData;
import id.kipp.identity.Agencies;
import id.kipp.shared.FormRows;
import id.kipp.shared.Processes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Drives editions through the engine's API the way people do in Tasklist: start forms and task forms are submitted
 * through the FormService, and every submitted key must be a field of the deployed form of that task. Jobs (timers,
 * asynchronous steps) are executed explicitly, so tests are deterministic.
 */
public class CompetitionDriver {

  public static final String HTML_FORM = "forms/pendaftaran-inovasi.html";
  public static final List<String> CRITERIA = List.of("problemAnalysis", "strategicApproach", "implementation", "impact",
      "sustainability", "serviceStandard", "serviceCharter", "satisfactionSurvey", "complaintHandling",
      "informationSystem");

  public final ProcessEngine engine;
  public final String code;
  public final String editionKey;
  public final List<String> jurors = new ArrayList<>();

  public CompetitionDriver(ProcessEngine engine) {
    this(engine, "UJI");
  }

  /** Edition code = {@code prefix} + six random letters, so tests never meet each other's data. */
  public CompetitionDriver(ProcessEngine engine, String prefix) {
    this.engine = engine;
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    this.code = prefix + suffix;
    this.editionKey = code + "-2030";
  }

  private CompetitionDriver(ProcessEngine engine, String code, String editionKey) {
    this.engine = engine;
    this.code = code;
    this.editionKey = editionKey;
  }

  /**
   * A driver for an edition that is open already (e.g. the demo edition {@code MALANG-2019}): its secretariat user
   * {@code <code>sekretariat} (lower case) is created in the group {@code sekretariat}.
   */
  public static CompetitionDriver forOpenEdition(ProcessEngine engine, String editionKey) {
    CompetitionDriver driver = new CompetitionDriver(engine, editionKey.substring(0, editionKey.lastIndexOf('-')),
        editionKey);
    driver.user(driver.code.toLowerCase() + "sekretariat", "sekretariat");
    return driver;
  }

  // ---- users -------------------------------------------------------------------------------------------------

  public CompetitionDriver withJurors(int count) {
    for (int i = 1; i <= count; i++) {
      String id = code.toLowerCase() + "juri" + i;
      user(id, Processes.JUROR_GROUP);
      jurors.add(id);
    }
    return this;
  }

  public String participant(String suffix) {
    String id = code.toLowerCase() + suffix;
    user(id, "peserta");
    return id;
  }

  /**
   * An agency (a Camunda group of type {@code instansi}, id {@code <code><suffix>} in lower case) and a participant of
   * it, {@code <code><suffix><user>}: a member of {@code peserta} and of the agency, password = id. Registration
   * records the agency's id ({@code agencyId}) and name ({@code agency}) on the participant's entries.
   */
  public String agencyParticipant(String agencySuffix, String agencyName, String userSuffix) {
    String agencyId = agencyId(agencySuffix);
    Agencies.ensure(engine.getIdentityService(), agencyId, agencyName);
    String id = participant(agencySuffix + userSuffix);
    if (engine.getIdentityService().createGroupQuery().groupId(agencyId).groupMember(id).count() == 0) {
      engine.getIdentityService().createMembership(id, agencyId);
    }
    return id;
  }

  /** The id of the agency group {@link #agencyParticipant} creates for {@code agencySuffix}. */
  public String agencyId(String agencySuffix) {
    return code.toLowerCase() + agencySuffix;
  }

  public void user(String id, String group) {
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setPassword(id);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, group);
    }
  }

  // ---- edition -----------------------------------------------------------------------------------------------

  public Map<String, Object> editionForm(String groups, int finalists, int winners, int jurorsPerEntry) {
    LocalDate today = TestClock.today();
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("editionCode", code);
    form.put("year", 2030);
    form.put("editionName", "Kompetisi Inovasi Pelayanan Publik Uji " + code);
    form.put("organiser", "Pemerintah Kota Uji");
    form.put("groupsText", groups);
    form.put("registrationOpens", today.minusDays(1).toString());
    form.put("registrationCloses", today.plusDays(10).toString());
    form.put("evaluationDeadline", today.plusDays(20).toString());
    form.put("presentationDate", today.plusDays(30).toString());
    form.put("finalistsPerGroup", finalists);
    form.put("winnersPerGroup", winners);
    form.put("jurorsPerEntry", jurorsPerEntry);
    form.put("jurorIdsText", String.join(", ", jurors));
    return form;
  }

  public ProcessInstance openEdition(Map<String, Object> form) {
    return openEdition(form, Processes.EDITION);
  }

  /** Opens an edition with the given edition process (e.g. a variant with extra stages). */
  public ProcessInstance openEdition(Map<String, Object> form, String processKey) {
    assertThat(Forms.camundaFormKeys("form-edisi-baru")).containsAll(form.keySet());
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult().getId();
    user(code.toLowerCase() + "sekretariat", "sekretariat");
    return as(code.toLowerCase() + "sekretariat", () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  public ProcessInstance edition() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService()))
        .processInstanceBusinessKey(editionKey).singleResult();
  }

  public Object editionVariable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(historicEditionId()).variableName(name).singleResult().getValue();
  }

  public String historicEditionId() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService()))
        .processInstanceBusinessKey(editionKey).singleResult().getId();
  }

  public void closeRegistration() {
    fireTimer(historicEditionId(), "Event_RegistrationWindowEnded");
    runJobs();
  }

  /**
   * Rows of a form's dynamic list as Tasklist submits them: a {@code Json} variable holding a list of objects (column
   * → value; a column left empty is null).
   */
  @SafeVarargs
  public static TypedValue rows(Map<String, ?>... rows) {
    return FormRows.json(List.of(rows));
  }

  /** A row of "Perubahan penugasan": {@code replaced} is replaced by {@code replacement} on {@code entryKey}. */
  public static Map<String, Object> swap(String entryKey, String replaced, String replacement) {
    Map<String, Object> row = new HashMap<>();
    row.put("entryKey", entryKey);
    row.put("replacedJuror", replaced);
    row.put("newJuror", replacement);
    return row;
  }

  /** A row of "Ubah slot": the finalist's slot starts at {@code startsAt} (as the form's field sends it). */
  public static Map<String, Object> move(String entryKey, String startsAt) {
    Map<String, Object> row = new HashMap<>();
    row.put("entryKey", entryKey);
    row.put("startsAt", startsAt);
    return row;
  }

  /** A row of "Nilai konsensus". */
  public static Map<String, Object> consensusScore(String entryKey, Number score) {
    Map<String, Object> row = new HashMap<>();
    row.put("entryKey", entryKey);
    row.put("score", score);
    return row;
  }

  /** The secretariat releases the proposed juror assignment unchanged (or with the given swap rows). */
  public void approveAssignment(TypedValue swaps) {
    org.camunda.bpm.engine.task.Task review = engine.getTaskService().createTaskQuery()
        .processInstanceId(edition().getId()).taskDefinitionKey("Task_ReviewAssignment").singleResult();
    assertThat(review).as("assignment review task").isNotNull();
    Map<String, Object> form = new HashMap<>();
    form.put("assignmentApproved", true);
    if (swaps != null) {
      form.put("assignmentSwaps", swaps);
    }
    submit(review, code.toLowerCase() + "sekretariat", form);
    runJobs();
  }

  public void approveAssignment() {
    approveAssignment((TypedValue) null);
  }

  /** The open "Tetapkan jadwal presentasi" task of the edition. */
  public Task timetableTask() {
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(edition().getId())
        .taskDefinitionKey("Task_ConfirmTimetable").singleResult();
    assertThat(review).as("timetable task").isNotNull();
    return review;
  }

  /** The secretariat submits "Tetapkan jadwal presentasi" with these fields (a refusal throws). */
  public void reviewTimetable(Map<String, Object> form) {
    submit(timetableTask(), code.toLowerCase() + "sekretariat", form);
    runJobs();
  }

  /**
   * The secretariat confirms the proposed presentation timetable (with the given slot move rows, or none): the
   * finalists' decision and their slots then reach the entries.
   */
  public void confirmTimetable(TypedValue moves) {
    Map<String, Object> form = new HashMap<>();
    form.put("timetableDecision", "TETAPKAN");
    if (moves != null) {
      form.put("timetableMoves", moves);
    }
    reviewTimetable(form);
  }

  public void confirmTimetable() {
    confirmTimetable((TypedValue) null);
  }

  /** The secretariat releases the results the Pimpinan signed off: the finalists learn whether they won. */
  public void releaseResults() {
    Task release = engine.getTaskService().createTaskQuery().processInstanceId(edition().getId())
        .taskDefinitionKey("Task_ReleaseResults").singleResult();
    assertThat(release).as("results release task").isNotNull();
    submit(release, code.toLowerCase() + "sekretariat", Map.of("resultsReleaseConfirmed", true,
        "resultsReleaseNote", "Diumumkan pada upacara penganugerahan."));
    runJobs();
  }

  // ---- entries -----------------------------------------------------------------------------------------------

  public Map<String, Object> registrationForm(String agency, String group, String title) {
    return DemoData.registrationForm(editionKey, agency, group, title, "Ringkasan " + title);
  }

  /**
   * Registers as {@code participant}: logged in when it belongs to exactly one agency (the registration then records
   * that agency, whatever the form's agency field says); otherwise as trusted server code without a login, naming the
   * participant in {@code registeredBy} (the agency is then the form's), as demo data and tests may.
   */
  public ProcessInstance register(String participant, Map<String, Object> form) {
    assertThat(Forms.htmlFormKeys(HTML_FORM)).containsAll(form.keySet());
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.ENTRY).latestVersion().singleResult().getId();
    if (Agencies.agenciesOf(engine.getIdentityService(), participant).size() == 1) {
      return as(participant, () -> engine.getFormService().submitStartForm(definitionId, form));
    }
    Map<String, Object> trusted = new HashMap<>(form);
    trusted.put("registeredBy", participant);
    return engine.getFormService().submitStartForm(definitionId, trusted);
  }

  /** The single open task of an activity of an entry or edition, including its juror evaluations (same business key). */
  /**
   * One entry of the open edition taken to the desk evaluation: registered by a participant, passed at screening,
   * registration closed and the proposed juror assignment released.
   */
  public ProcessInstance entryInDeskEvaluation(String agency, String title) {
    ProcessInstance entry = register(participant("peserta"), registrationForm(agency, "Perangkat Daerah", title));
    screen(entry, "LOLOS", null);
    closeRegistration();
    approveAssignment();
    return entry;
  }

  /** Every juror of the entry submits {@code form} on the proposal; the jobs that follow are run. */
  public void scoreEveryDeskTask(ProcessInstance entry, Map<String, Object> form) {
    for (Task task : tasks(entry, "Task_DeskEvaluation")) {
      submit(task, task.getAssignee(), form);
    }
    runJobs();
  }

  /**
   * An entry registered, passed and scored by every juror ({@code rubric(80, 70)}), the timetable confirmed: as a
   * finalist of an edition with room for it, it waits for its jurors' presentation scores.
   */
  public ProcessInstance entryInPresentation(String agency, String title) {
    ProcessInstance entry = entryInDeskEvaluation(agency, title);
    scoreEveryDeskTask(entry, rubric(80, 70));
    confirmTimetable();
    return entry;
  }

  public Task task(ProcessInstance instance, String activityId) {
    List<Task> tasks = tasks(instance, activityId);
    assertThat(tasks).as("tasks %s of %s", activityId, instance.getBusinessKey()).hasSize(1);
    return tasks.get(0);
  }

  /** The single open task of an activity in a process instance. */
  public Task task(String processInstanceId, String activityId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).list();
    assertThat(tasks).as("tasks %s of %s", activityId, processInstanceId).hasSize(1);
    return tasks.get(0);
  }

  public List<Task> tasks(ProcessInstance instance, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .taskDefinitionKey(activityId).orderByTaskAssignee().asc().list();
  }

  /** Submits a task's form as {@code userId}, checking every key is a field of the task's deployed form. */
  public void submit(Task task, String userId, Map<String, Object> variables) {
    var formData = engine.getFormService().getTaskFormData(task.getId());
    Set<String> fields = formData.getCamundaFormRef() == null
        ? Forms.htmlFormKeys(formData.getFormKey().replace("embedded:deployment:", ""))
        : Forms.camundaFormKeys(formData.getCamundaFormRef().getKey());
    assertThat(fields).as("fields of the form of %s", task.getName()).containsAll(variables.keySet());
    if (formData.getCamundaFormRef() != null) {
      Forms.camundaListColumns(formData.getCamundaFormRef().getKey()).forEach((list, columns) -> {
        if (variables.get(list) instanceof TypedValue rows && rows.getValue() != null) {
          for (JsonNode row : readJson(rows.getValue().toString())) {
            row.fieldNames().forEachRemaining(column -> assertThat(columns)
                .as("columns of the list %s of the form of %s", list, task.getName()).contains(column));
          }
        }
      });
    }
    as(userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  private static JsonNode readJson(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  public Map<String, Object> screening(String outcome, String note, Integer revisionDays) {
    Map<String, Object> form = new HashMap<>();
    for (String check : List.of("checkComplete", "checkEligibleParticipant", "checkImplementedOneYear",
        "checkNotEnteredBefore", "checkNotDuplicate")) {
      form.put(check, true);
    }
    form.put("screeningOutcome", outcome);
    if (note != null) {
      form.put("screeningNote", note);
    }
    if (revisionDays != null) {
      form.put("revisionDays", revisionDays);
    }
    return form;
  }

  public void screen(ProcessInstance entry, String outcome, String note) {
    submit(task(entry, "Task_Screen"), code.toLowerCase() + "sekretariat",
        screening(outcome, note, "PERBAIKAN".equals(outcome) ? 5 : null));
  }

  /** A juror's rubric form: innovation criteria at {@code innovation}, performance criteria at {@code performance}. */
  public static Map<String, Object> rubric(int innovation, int performance) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < CRITERIA.size(); i++) {
      form.put(CRITERIA.get(i) + "Score", i < 5 ? innovation : performance);
    }
    form.put("jurorComment", "Catatan juri");
    return form;
  }

  // ---- jobs --------------------------------------------------------------------------------------------------

  /** Executes every due job of this edition and its entries until none is left. */
  public void runJobs() {
    runJobsExcept(null);
  }

  /** As {@link #runJobs()}, leaving the jobs at {@code heldActivityId} waiting ({@code null}: none). */
  public void runJobsExcept(String heldActivityId) {
    for (int round = 0; round < 10_000; round++) {
      Set<String> held = heldActivityId == null ? Set.of() : engine.getManagementService().createJobQuery()
          .activityId(heldActivityId).list().stream().map(Job::getId).collect(Collectors.toSet());
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null && !held.contains(job.getId())
              && belongsToEdition(job.getProcessInstanceId()))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
          // as the job executor does: another job changed the same data first; this one runs again
        }
      }
    }
    throw new AssertionError("Jobs keep coming");
  }

  private final Map<String, Boolean> ownership = new HashMap<>();

  private boolean belongsToEdition(String processInstanceId) {
    return ownership.computeIfAbsent(processInstanceId, id -> {
      var instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
      return instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(editionKey);
    });
  }

  public void fireTimer(String processInstanceId, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
        .activityId(activityId).timers().singleResult();
    assertThat(timer).as("timer %s", activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  public <T> T as(String userId, java.util.function.Supplier<T> action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(group -> group.getId()).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
