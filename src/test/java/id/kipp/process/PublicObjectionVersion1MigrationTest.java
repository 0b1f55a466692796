package id.kipp.process;

import static id.kipp.process.EditionWithPublicObjectionTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.admin.ProcessMigration;
import id.kipp.objection.ObjectionStages;
import id.kipp.objection.PublicObjectionRepository;
import id.kipp.shared.Vars;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uji publik stages started on version 1 of {@code uji-publik} (processes/uji-publik.bpmn at commit 476cc92, copied to
 * src/test/resources/retired): no "Kumpulkan sanggahan", its record listener set the objection variables itself, its
 * decision form was a textarea. While on version 1 the public page takes no objections for them; the migration moves
 * them to the latest version, and each then finishes through the current forms: one recorded by the secretariat, one
 * whose period ends without objections, one already waiting for the decision with version 1's objection list (and a
 * public objection confirmed for it, filed before the page knew about version 1, which is decided with the others). A
 * context of its own: it deploys its own versions of {@code uji-publik} and migrates every running stage.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:kipp-uji-publik-v1-migration-test;DB_CLOSE_DELAY=-1")
class PublicObjectionVersion1MigrationTest extends ProcessTestBase {

  @Autowired
  ProcessMigration migration;

  @Autowired
  ObjectionStages stages;

  @Autowired
  PublicObjectionRepository objections;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void versionOneStagesMoveAndFinishThroughTheCurrentForms() throws Exception {
    RuntimeService runtime = engine.getRuntimeService();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    driver.user(secretariat, "sekretariat");
    List<String> proposed = List.of(driver.code + "-0001", driver.code + "-0002");
    String version1 = engine.getRepositoryService().createDeployment().name("uji-publik versi 1 (retired)")
        .addClasspathResource("retired/uji-publik-v1.bpmn").deploy().getId();
    try {
      String v1Definition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(version1)
          .singleResult().getId();
      ProcessInstance recorded = start(v1Definition, "A", proposed);
      ProcessInstance lapsed = start(v1Definition, "B", proposed);
      // waiting for the decision as version 1's "Catat sanggahan" left it: objectionList without numbers
      // (an ArrayList of LinkedHashMaps, as version 1's listener stored it)
      List<Map<String, String>> v1List = new ArrayList<>(List.of(
          row("entryKey", proposed.get(0), "reason", "layanan berhenti"),
          row("entryKey", proposed.get(1), "reason", "nama sama dengan inovasi lain")));
      ProcessInstance deciding = runtime.createProcessInstanceById(v1Definition)
          .businessKey(driver.editionKey + "-C").startBeforeActivity("Task_DecideObjections")
          .setVariables(Map.of("editionKey", driver.editionKey + "-C", "proposedFinalists", Vars.jsonList(proposed),
              "objectionList", Vars.json(v1List), "objectionSummary", "| Kode | Sanggahan |\n|---|---|\n",
              "hasObjections", true, "disqualified", Vars.jsonList(List.of())))
          .execute();
      // filed and confirmed on the public page for C while it recorded (before the page knew about version 1)
      jdbc.update("INSERT INTO public_objection (edition_key, stage_instance_id, entry_key, reason, objector_name,"
          + " objector_email, client_hash, token_hash, token_expires_at, filed_at, confirmed_at)"
          + " VALUES (?, ?, ?, 'laporan warga', 'Warga', 'warga@example.org', 'c', ?, ?, ?, ?)",
          driver.editionKey + "-C", deciding.getId(), proposed.get(0), "t-" + deciding.getId(),
          Timestamp.from(Instant.now().plusSeconds(3600)), Timestamp.from(Instant.now()),
          Timestamp.from(Instant.now()));
      assertThat(recorded).isWaitingAt("Task_RecordObjections");
      assertThat(deciding).isWaitingAt("Task_DecideObjections");

      // on version 1 the public page takes no objections: that model would never collect them
      assertThat(stages.latest(driver.editionKey + "-A").orElseThrow().state())
          .isEqualTo(ObjectionStages.State.CLOSED);

      String current = engine.getRepositoryService().createDeployment().name("uji-publik terbaru")
          .addClasspathResource("processes/uji-publik.bpmn").deploy().getId();
      ProcessMigration.Report report = migration.toLatest("uji-publik");
      assertThat(report.failures()).isEmpty();
      assertThat(report.migrated()).isEqualTo(3);
      String latest = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(current)
          .singleResult().getId();
      for (ProcessInstance instance : List.of(recorded, lapsed, deciding)) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
            .getProcessDefinitionId()).isEqualTo(latest);
      }
      assertThat(stages.latest(driver.editionKey + "-A").orElseThrow().state())
          .isEqualTo(ObjectionStages.State.OPEN);

      // A: the secretariat records an objection through the dynamic list, it is collected, numbered and decided
      driver.submit(driver.task(recorded, "Task_RecordObjections"), secretariat, Map.of("objections",
          rows(List.of(row("entryKey", proposed.get(1), "reason", "inovasi belum berjalan satu tahun")))));
      assertThat(recorded).isWaitingAt("Task_DecideObjections");
      driver.submit(driver.task(recorded, "Task_DecideObjections"), secretariat, Map.of("objectionDecisions",
          rows(List.of(row("objection", "1", "decision", "DITERIMA", "reason", "terbukti dari dokumen")))));
      assertThat(recorded).isEnded();
      assertThat(historic(recorded, "disqualified")).isEqualTo(List.of(proposed.get(1)));

      // B: the period ends with nothing recorded (version 1's gateway would have failed here)
      driver.fireTimer(lapsed.getId(), "Event_ObjectionPeriodEnded");
      assertThat(lapsed).isEnded().hasPassed("Task_CollectObjections", "EndEvent_NoObjections");

      // C: version 1's objections and the confirmed public one, numbered, with choices and one prepared row each
      assertThat(runtime.getVariable(deciding.getId(), "objectionSummary").toString())
          .contains("| 1 | " + proposed.get(0)).contains("| 2 | " + proposed.get(1))
          .contains("| 3 | " + proposed.get(0) + " | Masyarakat");
      assertThat((List<?>) runtime.getVariable(deciding.getId(), "objectionChoices")).hasSize(3);
      TypedValue prepared = runtime.getVariableTyped(deciding.getId(), "objectionDecisions");
      assertThat(new ObjectMapper().readTree(prepared.getValue().toString()).toString())
          .isEqualTo("[{\"objection\":\"1\"},{\"objection\":\"2\"},{\"objection\":\"3\"}]");
      driver.submit(driver.task(deciding, "Task_DecideObjections"), secretariat, Map.of("objectionDecisions",
          rows(List.of(row("objection", "1", "decision", "DITOLAK", "reason", "layanan masih berjalan"),
              row("objection", "2", "decision", "DITERIMA", "reason", "nama dan isi sama"),
              row("objection", "3", "decision", "DITOLAK", "reason", "tidak terbukti")))));
      assertThat(objections.ofEdition(driver.editionKey + "-C")).singleElement()
          .satisfies(objection -> assertThat(objection.decision()).isEqualTo("DITOLAK"));
      assertThat(deciding).isEnded().hasPassed("EndEvent_ObjectionsDecided");
      assertThat(historic(deciding, "disqualified")).isEqualTo(List.of(proposed.get(1)));
    } finally {
      engine.getRepositoryService().deleteDeployment(version1, true);
    }
  }

  private ProcessInstance start(String definition, String suffix, List<String> proposed) {
    return engine.getRuntimeService().startProcessInstanceById(definition, driver.editionKey + "-" + suffix,
        Map.of("editionKey", driver.editionKey + "-" + suffix, "proposedFinalists", Vars.jsonList(proposed),
            "objectionDays", 5L));
  }

  private Object historic(ProcessInstance instance, String name) {
    Object value = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
    return Vars.textList(value);
  }

  private static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put(pairs[i], pairs[i + 1]);
    }
    return row;
  }
}
