package id.kipp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.demo.DemoData;
import id.kipp.shared.Processes;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The few steps of an edition the export tests need, through the engine's API as people do them in Tasklist (a
 * trimmed copy of {@code id.kipp.process.CompetitionDriver}, which is package-private there). Every user's password
 * is their id. Jobs run only when {@link #runJobs()} is called.
 */
final class EditionRun {

  static final List<String> CRITERIA = List.of("problemAnalysis", "strategicApproach", "implementation", "impact",
      "sustainability", "serviceStandard", "serviceCharter", "satisfactionSurvey", "complaintHandling",
      "informationSystem");

  final ProcessEngine engine;
  final String code;
  final String editionKey;
  final String secretariat;

  EditionRun(ProcessEngine engine) {
    this.engine = engine;
    StringBuilder suffix = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      suffix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    this.code = "EKS" + suffix;
    this.editionKey = code + "-2030";
    this.secretariat = user("sekretariat", "sekretariat");
  }

  /** Creates {@code <code><suffix>} (lower case) in {@code group}, password = id. */
  String user(String suffix, String group) {
    String id = code.toLowerCase() + suffix;
    if (engine.getIdentityService().createUserQuery().userId(id).count() == 0) {
      User user = engine.getIdentityService().newUser(id);
      user.setPassword(id);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(id, group);
    }
    return id;
  }

  ProcessInstance openEdition(String groups, int finalists, int winners, int jurorsPerEntry, List<String> jurors) {
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    Map<String, Object> form = new LinkedHashMap<>();
    form.put("editionCode", code);
    form.put("year", 2030);
    form.put("editionName", "Kompetisi Inovasi Uji Ekspor " + code);
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
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.EDITION).latestVersion().singleResult().getId();
    return as(secretariat, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  ProcessInstance edition() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(Processes.EDITION)
        .processInstanceBusinessKey(editionKey).singleResult();
  }

  ProcessInstance register(String participant, String agency, String group, String title) {
    Map<String, Object> form = DemoData.registrationForm(editionKey, agency, group, title, "Ringkasan " + title);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(Processes.ENTRY).latestVersion().singleResult().getId();
    return as(participant, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  void screen(ProcessInstance entry, String outcome, String note) {
    Map<String, Object> form = new HashMap<>();
    for (String check : List.of("checkComplete", "checkEligibleParticipant", "checkImplementedOneYear",
        "checkNotEnteredBefore", "checkNotDuplicate")) {
      form.put(check, !"TIDAK_LOLOS".equals(outcome));
    }
    form.put("screeningOutcome", outcome);
    if (note != null) {
      form.put("screeningNote", note);
    }
    submit(task(entry.getId(), "Task_Screen"), secretariat, form);
  }

  /** Registration ends by its timer, then the secretariat releases the proposed juror assignment unchanged. */
  void closeRegistrationAndReleaseAssignment() {
    String editionId = edition().getId();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(editionId)
        .activityId("Event_RegistrationWindowEnded").timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
    runJobs();
    submit(task(editionId, "Task_ReviewAssignment"), secretariat, Map.of("assignmentApproved", true));
    runJobs();
  }

  void signOff(String pimpinan) {
    submit(task(edition().getId(), "Task_SignOff"), pimpinan,
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/77/35.73.112/2030"));
    runJobs();
  }

  /** The open tasks of an activity of an entry, ordered by assignee. */
  List<Task> tasks(ProcessInstance entry, String activityId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(entry.getId()).taskDefinitionKey(activityId)
        .orderByTaskAssignee().asc().list();
  }

  void submit(Task task, String userId, Map<String, Object> variables) {
    as(userId, () -> {
      engine.getFormService().submitTaskForm(task.getId(), variables);
      return null;
    });
  }

  /** A juror's rubric form: the five innovation criteria at {@code innovation}, the five performance ones at {@code performance}. */
  static Map<String, Object> rubric(int innovation, int performance) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < CRITERIA.size(); i++) {
      form.put(CRITERIA.get(i) + "Score", i < 5 ? innovation : performance);
    }
    form.put("jurorComment", "Catatan juri");
    return form;
  }

  /** Executes every due job of this edition and its entries until none is left. */
  void runJobs() {
    for (int round = 0; round < 1_000; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null && belongsToEdition(job.getProcessInstanceId()))
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming");
  }

  private boolean belongsToEdition(String processInstanceId) {
    var instance = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult();
    return instance != null && instance.getBusinessKey() != null && instance.getBusinessKey().startsWith(editionKey);
  }

  Task task(String processInstanceId, String activityId) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(activityId).list();
    assertThat(tasks).as("tasks %s", activityId).hasSize(1);
    return tasks.get(0);
  }

  <T> T as(String userId, Supplier<T> action) {
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
