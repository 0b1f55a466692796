package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.evaluation.assignment.AssignmentChanges;
import id.kipp.identity.Agencies;
import id.kipp.shared.FormRows;
import id.kipp.shared.RuleViolation;
import id.kipp.testsupport.CompetitionDriver;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The secretariat's side of the jury assignment: a conflict of interest that makes the assignment impossible is
 * explained and fixed in a task; swaps in the review are checked again before the assignment is released.
 */
class JuryAssignmentFlowTest extends ProcessTestBase {

  @Test
  void impossibleAssignmentIsExplainedAndFixedBySecretariat() {
    driver.withJurors(3);
    String agencyGroup = driver.code.toLowerCase() + "dinas";
    Agencies.ensure(engine.getIdentityService(), agencyGroup, "Dinas Kesehatan " + driver.code);
    engine.getIdentityService().createMembership(driver.jurors.get(0), agencyGroup);
    String participant = driver.participant("peserta");
    engine.getIdentityService().createMembership(participant, agencyGroup);

    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 3));
    ProcessInstance entry = driver.register(participant,
        driver.registrationForm("nama yang diketik peserta", "Perangkat Daerah", "Layanan Sehat"));
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "agency")).isEqualTo("Dinas Kesehatan " + driver.code);
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();

    assertThat(edition).isWaitingAt("Task_ResolveAssignment");
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "assignmentProblems"))
        .contains(entry.getBusinessKey()).contains("hanya punya 2 juri tanpa konflik kepentingan");

    driver.user(driver.code.toLowerCase() + "juri4", "juri");
    Task resolve = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_ResolveAssignment").singleResult();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    assertThatThrownBy(() -> driver.submit(resolve, secretariat, Map.of("jurorIdsText", "orangasing", "jurorsPerEntry", 3)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("bukan anggota grup juri");
    driver.submit(resolve, secretariat, Map.of("jurorIdsText", String.join(",", driver.jurors) + ","
        + driver.code.toLowerCase() + "juri4", "jurorsPerEntry", 3));
    driver.runJobs();

    assertThat(edition).isWaitingAt("Task_ReviewAssignment");
    driver.approveAssignment();
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(driver.jurors.get(1), driver.jurors.get(2), driver.code.toLowerCase() + "juri4");
    // blind evaluation is on unless the edition's start form switched it off
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "blindReview")).isEqualTo(true);
  }

  @Test
  void swapsInTheReviewAreCheckedAgain() {
    driver.withJurors(4);
    String agencyGroup = driver.code.toLowerCase() + "kec";
    Agencies.ensure(engine.getIdentityService(), agencyGroup, "Kecamatan " + driver.code);
    engine.getIdentityService().createMembership(driver.jurors.get(2), agencyGroup);
    String participant = driver.participant("peserta");
    engine.getIdentityService().createMembership(participant, agencyGroup);

    Map<String, Object> settings = driver.editionForm("Perangkat Daerah", 1, 1, 2);
    settings.put("blindReview", false);
    ProcessInstance edition = driver.openEdition(settings);
    ProcessInstance entry = driver.register(participant,
        driver.registrationForm("Kecamatan", "Perangkat Daerah", "Layanan Kecamatan"));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    assertThat(edition).isWaitingAt("Task_ReviewAssignment");
    @SuppressWarnings("unchecked")
    Map<String, List<String>> proposal =
        (Map<String, List<String>>) engine.getRuntimeService().getVariable(edition.getId(), "proposedAssignment");
    assertThat(proposal.get(entry.getBusinessKey())).containsExactly(driver.jurors.get(0), driver.jurors.get(1));
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "assignmentSummary"))
        .contains("| " + driver.jurors.get(2) + " | 0 | ");

    String key = entry.getBusinessKey();
    String juror0 = driver.jurors.get(0);
    String juror1 = driver.jurors.get(1);
    String juror2 = driver.jurors.get(2);
    String juror3 = driver.jurors.get(3);
    // the form's choices: the entries to assign and the edition's jurors, from the process
    assertThat(options(edition, "assignmentEntryOptions")).containsExactly(key);
    assertThat(options(edition, "assignmentJurorOptions")).containsExactly(juror0, juror1, juror2, juror3);
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, juror2))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("konflik kepentingan");
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror2, juror0))))
        .hasMessageContaining("Baris 1 (Perubahan penugasan): " + juror2 + " tidak ditugaskan pada " + key);
    // structured rows: an entry of another edition (not a choice of the form: the guard names row and field; the rule
    // itself refuses it too), a row without its juror, the same juror replaced twice
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, juror3),
        CompetitionDriver.swap("LAIN-2030-0001", juror0, juror3))))
        .isInstanceOf(RuleViolation.class).hasMessage("Baris 2 pada \"Perubahan penugasan\": Pilihan \"LAIN-2030-0001\" "
            + "untuk \"Inovasi\" tidak tersedia pada formulir.");
    assertThatThrownBy(() -> AssignmentChanges.apply(Map.of(key, List.of(juror0, juror1)),
        CompetitionDriver.rows(CompetitionDriver.swap("LAIN-2030-0001", juror0, juror3)), driver.jurors))
        .hasMessage("Baris 1 (Perubahan penugasan): inovasi LAIN-2030-0001 tidak ada dalam usulan penugasan edisi ini.");
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, null))))
        .hasMessageContaining("Baris 1 (Perubahan penugasan): pilih inovasi, juri yang diganti dan juri pengganti");
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, juror3),
        CompetitionDriver.swap(key, juror0, juror2))))
        .hasMessageContaining("Baris 2 (Perubahan penugasan): " + juror0 + " pada " + key + " sudah diganti pada baris 1");

    String newcomer = driver.code.toLowerCase() + "juri9";
    driver.user(newcomer, "juri");
    // a juror outside the edition's jury: refused by the guard (not one of the form's choices)
    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, newcomer))))
        .as("a juror outside the edition's jury").hasMessageContaining("Pilihan \"" + newcomer + "\"")
        .hasMessageContaining("tidak tersedia pada formulir");
    // ...and by the rule itself when the guard does not apply (trusted server code)
    assertThatThrownBy(() -> AssignmentChanges.apply(Map.of(key, List.of(juror0, juror1)),
        CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, newcomer)), List.of(juror0, juror1, juror2, juror3)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("juri pengganti " + newcomer + " bukan juri edisi ini");
    // a column the form does not have (sent past the test driver's own check of the form): refused by the guard
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_ReviewAssignment").singleResult();
    assertThatThrownBy(() -> driver.as(driver.code.toLowerCase() + "sekretariat", () -> {
      engine.getFormService().submitTaskForm(review.getId(), Map.of("assignmentApproved", true, "assignmentSwaps",
          FormRows.json(List.of(Map.of("entryKey", key, "replacedJuror", juror0, "newJuror", juror3, "catatan", "x")))));
      return null;
    }))
        .hasMessageContaining("Kolom \"catatan\" pada isian \"Perubahan penugasan\" tidak ada pada formulir ini");

    assertThatThrownBy(() -> driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, juror1))))
        .hasMessageContaining("tercantum 2 kali");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_ReviewAssignment").count()).as("nothing stored, still to review").isEqualTo(1);

    driver.approveAssignment(CompetitionDriver.rows(CompetitionDriver.swap(key, juror0, juror3)));
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(driver.jurors.get(1), driver.jurors.get(3));
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "blindReview")).isEqualTo(false);
    assertThat(engine.getRuntimeService().getVariable(edition.getId(), "assignments"))
        .isEqualTo(Map.of(key, List.of(driver.jurors.get(3), driver.jurors.get(1))));
  }

  @SuppressWarnings("unchecked")
  private List<String> options(ProcessInstance edition, String variable) {
    return ((List<Map<String, String>>) engine.getRuntimeService().getVariable(edition.getId(), variable)).stream()
        .map(option -> option.get("value")).toList();
  }
}
