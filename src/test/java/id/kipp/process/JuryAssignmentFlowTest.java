package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.identity.Agencies;
import id.kipp.shared.RuleViolation;
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
    assertThatThrownBy(() -> driver.approveAssignment(key + ": " + driver.jurors.get(0) + " > " + driver.jurors.get(2)))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("konflik kepentingan");
    assertThatThrownBy(() -> driver.approveAssignment(key + ": " + driver.jurors.get(2) + " > " + driver.jurors.get(0)))
        .hasMessageContaining("tidak ditugaskan pada " + key);
    assertThatThrownBy(() -> driver.approveAssignment("tukar semua juri")).hasMessageContaining("tidak dikenali");

    String newcomer = driver.code.toLowerCase() + "juri9";
    driver.user(newcomer, "juri");
    assertThatThrownBy(() -> driver.approveAssignment(key + ": " + driver.jurors.get(0) + " > " + newcomer))
        .as("a juror outside the edition's jury").isInstanceOf(RuleViolation.class);

    assertThatThrownBy(() -> driver.approveAssignment(key + ": " + driver.jurors.get(0) + " > " + driver.jurors.get(1)))
        .hasMessageContaining("tercantum 2 kali");

    driver.approveAssignment(key + ": " + driver.jurors.get(0) + " -> " + driver.jurors.get(3) + "\n");
    assertThat(driver.tasks(entry, "Task_DeskEvaluation")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(driver.jurors.get(1), driver.jurors.get(3));
    assertThat(engine.getRuntimeService().getVariable(entry.getId(), "blindReview")).isEqualTo(false);
    assertThat(engine.getRuntimeService().getVariable(edition.getId(), "assignments"))
        .isEqualTo(Map.of(key, List.of(driver.jurors.get(3), driver.jurors.get(1))));
  }
}
