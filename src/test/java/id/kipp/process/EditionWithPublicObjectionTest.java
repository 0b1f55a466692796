package id.kipp.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.admin.ProcessMigration;
import id.kipp.testsupport.CompetitionDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An edition with the optional stages switched on in its start form: uji publik and verifikasi lapangan, wired in by
 * call activities, can remove proposed finalists before the list is final. An edition started on the retired model
 * "kompetisi-lengkap" moves to the one edition model in the middle of its uji publik and ends the same way.
 */
class EditionWithPublicObjectionTest extends ProcessTestBase {

  @Autowired
  ProcessMigration migration;

  @Test
  void objectionAndFieldVerificationShapeTheFinalList() {
    driver.withJurors(1);
    Map<String, Object> form = driver.editionForm("Perangkat Daerah", 3, 1, 1);
    form.put("publicObjectionStage", true);
    form.put("objectionDays", 7);
    form.put("fieldVerificationStage", true);
    ProcessInstance edition = driver.openEdition(form);
    List<ProcessInstance> entries = untilObjections(edition);
    assertThat(edition).hasPassed("Gateway_OptionalStages", "Task_ProposeFinalists");
    objectionsAndVisits(edition, entries);
  }

  @Test
  void anEditionOnTheRetiredModelMovesToTheOneEditionModel() {
    String retired = engine.getRepositoryService().createDeployment().name("kompetisi-lengkap (retired)")
        .addClasspathResource("retired/kompetisi-lengkap.bpmn").deploy().getId();
    try {
      driver.withJurors(1);
      ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 3, 1, 1), "kompetisi-lengkap");
      List<ProcessInstance> entries = untilObjections(edition);

      ProcessMigration.Report report = migration.toLatest("kompetisi");
      assertThat(report.failures()).isEmpty();
      assertThat(report.migrated()).isEqualTo(1);
      String definition = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(edition.getId())
          .singleResult().getProcessDefinitionId();
      assertThat(definition).startsWith("kompetisi:");
      assertThat(engine.getRuntimeService().getVariable(edition.getId(), "fieldVerificationStage")).isEqualTo(true);
      objectionsAndVisits(edition, entries);
    } finally {
      engine.getRepositoryService().deleteDeployment(retired, true);
    }
  }

  /** Four entries scored; the edition waits in uji publik with entries 0, 1 and 2 proposed. */
  private List<ProcessInstance> untilObjections(ProcessInstance edition) {
    List<ProcessInstance> entries = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ProcessInstance entry = driver.register(driver.participant("p" + i),
          driver.registrationForm("Instansi " + i, "Perangkat Daerah", "Layanan " + i));
      driver.screen(entry, "LOLOS", null);
      entries.add(entry);
    }
    driver.closeRegistration();
    driver.approveAssignment();
    int[] quality = {90, 85, 80, 70};
    for (int i = 0; i < entries.size(); i++) {
      Task task = driver.task(entries.get(i), "Task_DeskEvaluation");
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(quality[i], quality[i]));
    }
    driver.runJobs();

    // proposed: entries 0, 1, 2
    assertThat(engine.getRuntimeService().getVariable(edition.getId(), "proposedFinalists"))
        .isEqualTo(List.of(entries.get(0).getBusinessKey(), entries.get(1).getBusinessKey(), entries.get(2).getBusinessKey()));
    return entries;
  }

  /** An objection against entry 1 is upheld, entry 2 fails its field visit: only entry 0 stays a finalist. */
  private void objectionsAndVisits(ProcessInstance edition, List<ProcessInstance> entries) {
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    Task record = driver.task(edition, "Task_RecordObjections");
    assertThat(record.getDueDate()).isNotNull();
    assertThatThrownBy(() -> driver.submit(record, secretariat,
        Map.of("objections", rows(List.of(Map.of("entryKey", entries.get(3).getBusinessKey(), "reason", "bukan finalis"))))))
        .isInstanceOf(RuntimeException.class).hasMessageContaining("tidak tersedia pada formulir");
    driver.submit(record, secretariat, Map.of("objections", rows(List.of(
        Map.of("entryKey", entries.get(1).getBusinessKey(), "reason", "layanan sudah berhenti sejak Maret"),
        Map.of("entryKey", entries.get(2).getBusinessKey(), "reason", "nama inovasi sama dengan milik kota lain")))));
    Task decide = driver.task(edition, "Task_DecideObjections");
    assertThatThrownBy(() -> driver.submit(decide, secretariat, Map.of("objectionDecisions", rows(List.of(
        Map.of("objection", "1", "decision", "DITERIMA", "reason", "terbukti"))))))
        .hasMessageContaining("belum diputuskan");
    driver.submit(decide, secretariat, Map.of("objectionDecisions", rows(List.of(
        Map.of("objection", "1", "decision", "DITERIMA", "reason", "terbukti dari kunjungan"),
        Map.of("objection", "2", "decision", "DITOLAK", "reason", "nama berbeda")))));

    // field verification of every proposed finalist: entry 2 is found not eligible
    List<Task> visits = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_FieldVerification")
        .processInstanceBusinessKeyIn(entries.stream().map(ProcessInstance::getBusinessKey).toArray(String[]::new)).list();
    assertThat(visits).hasSize(3);
    for (Task visit : visits) {
      String key = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(visit.getProcessInstanceId())
          .singleResult().getBusinessKey();
      boolean eligible = !key.equals(entries.get(2).getBusinessKey());
      driver.submit(visit, secretariat, Map.of("visitDate", "2030-05-02",
          "verificationResult", eligible ? "LAYAK" : "TIDAK_LAYAK", "verificationNote", "Kunjungan ke lokasi layanan."));
    }
    driver.runJobs();
    driver.confirmTimetable();

    // the final list: only entry 0 (entry 1 disqualified by objection, entry 2 by field verification; nobody moves up)
    assertThat(driver.editionVariable("finalistCount")).isEqualTo(1L);
    assertThat(driver.tasks(entries.get(0), "Task_PresentationEvaluation")).hasSize(1);
    for (int i = 1; i < 4; i++) {
      assertThat(entries.get(i)).isEnded().hasPassed("EndEvent_NotFinalist");
    }
    assertThat(engine.getRuntimeService().getVariable(entries.get(0).getId(), "fieldVerification")).isEqualTo("LAYAK");
  }

  /** A dynamic list as Tasklist submits it: a Json variable. */
  static TypedValue rows(List<Map<String, String>> rows) {
    try {
      return SpinValues.jsonValue(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows)).create();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
