package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.shared.RuleVersions;

import id.kipp.evaluation.scoring.FinalScoreRules;

import id.kipp.evaluation.scoring.DeskResult;
import id.kipp.evaluation.scoring.DeskResults;
import id.kipp.evaluation.scoring.ScoringRules;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An administrator changes the rubric and deploys it through the REST API (as Camunda Modeler does): editions opened
 * afterwards score with it at once, without a restart, while a running edition keeps the rubric it started with.
 * A broken table is refused with the parser's message and changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-rules-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class RuleVersionPinningTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  DeskResults deskResults;

  private ResponseEntity<String> deploy(String name, String dmn) {
    return deploy(name, "processes/rubrik-penilaian.dmn", dmn);
  }

  private ResponseEntity<String> deploy(String name, String resource, String dmn) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    body.add("data", new ByteArrayResource(dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return resource;
      }
    });
    return http.withBasicAuth("admin", "test-admin")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  private ProcessInstance entryInEvaluation(CompetitionDriver driver) {
    driver.withJurors(1);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.register(driver.participant("peserta"),
        driver.registrationForm("Dinas Uji", "Perangkat Daerah", "Layanan " + driver.code));
    driver.screen(entry, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();
    return entry;
  }

  private double score(CompetitionDriver driver, ProcessInstance entry) {
    Task task = driver.task(entry, "Task_DeskEvaluation");
    driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(80, 60));
    driver.runJobs();
    return (Double) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(entry.getId()).variableName("deskScore").singleResult().getValue();
  }

  @Test
  void newRubricAppliesToNewEditionsWhileRunningOnesKeepTheirs() {
    CompetitionDriver before = new CompetitionDriver(engine, "LAMA");
    ProcessInstance oldEntry = entryInEvaluation(before);

    String original = Forms.text("processes/rubrik-penilaian.dmn");
    String halfHalf = original.replace("<outputEntry id=\"Out_problemAnalysis_sectionWeight\"><text>75</text>",
        "<outputEntry id=\"Out_problemAnalysis_sectionWeight\"><text>50</text>");
    for (String criterion : new String[] {"strategicApproach", "implementation", "impact", "sustainability"}) {
      halfHalf = halfHalf.replace("<outputEntry id=\"Out_" + criterion + "_sectionWeight\"><text>75</text>",
          "<outputEntry id=\"Out_" + criterion + "_sectionWeight\"><text>50</text>");
    }
    halfHalf = halfHalf.replace("<text>25</text>", "<text>50</text>");
    assertThat(halfHalf).doesNotContain("<text>75</text>");
    ResponseEntity<String> deployed = deploy("rubrik 50/50", halfHalf);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

    CompetitionDriver after = new CompetitionDriver(engine, "BARU");
    ProcessInstance newEntry = entryInEvaluation(after);

    // same juror scores (innovation 80, performance 60): 0.75 x 80 + 0.25 x 60 = 75 before, 0.5 x 80 + 0.5 x 60 = 70 after
    assertThat(score(before, oldEntry)).isEqualTo(75.0);
    assertThat(score(after, newEntry)).isEqualTo(70.0);
    @SuppressWarnings("unchecked")
    Map<String, Integer> oldPins = (Map<String, Integer>) before.editionVariable("ruleVersions");
    @SuppressWarnings("unchecked")
    Map<String, Integer> newPins = (Map<String, Integer>) after.editionVariable("ruleVersions");
    assertThat(newPins.get("rubrik-penilaian")).isEqualTo(oldPins.get("rubrik-penilaian") + 1);
    assertThat(newPins.get("nilai-akhir")).isEqualTo(oldPins.get("nilai-akhir"));
  }

  @Test
  void newTieBreakOrderAppliesToNewEditionsWhileRunningOnesKeepTheirs() {
    CompetitionDriver before = new CompetitionDriver(engine, "SERILAMA");
    ProcessInstance oldEntry = entryInEvaluation(before);

    String original = Forms.text("processes/aturan-penilaian.dmn");
    String performanceFirst = original.replace(
        "<outputEntry id=\"Out_Default_tieBreakSection\"><text>\"INNOVATION\"</text>",
        "<outputEntry id=\"Out_Default_tieBreakSection\"><text>\"PERFORMANCE\"</text>");
    assertThat(performanceFirst).isNotEqualTo(original);
    ResponseEntity<String> deployed = deploy("seri: kinerja", "processes/aturan-penilaian.dmn", performanceFirst);
    assertThat(deployed.getStatusCode()).as(deployed.getBody()).isEqualTo(HttpStatus.OK);

    CompetitionDriver after = new CompetitionDriver(engine, "SERIBARU");
    ProcessInstance newEntry = entryInEvaluation(after);
    score(before, oldEntry);
    score(after, newEntry);

    // juror scores: innovation 80, performance 60; the tie-break score is the sub-score of the pinned section
    assertThat(deskResults.ofEdition(before.editionKey).values()).singleElement()
        .extracting(DeskResult::innovationScore).isEqualTo(80.0);
    assertThat(deskResults.ofEdition(after.editionKey).values()).singleElement()
        .extracting(DeskResult::innovationScore).isEqualTo(60.0);
    @SuppressWarnings("unchecked")
    Map<String, Integer> oldPins = (Map<String, Integer>) before.editionVariable("ruleVersions");
    @SuppressWarnings("unchecked")
    Map<String, Integer> newPins = (Map<String, Integer>) after.editionVariable("ruleVersions");
    var decisions = engine.getDecisionService();
    assertThat(ScoringRules.tieBreakSection(decisions, before.editionKey, oldPins.get(ScoringRules.DECISION_KEY)))
        .isEqualTo("INNOVATION");
    assertThat(ScoringRules.tieBreakSection(decisions, after.editionKey, newPins.get(ScoringRules.DECISION_KEY)))
        .isEqualTo("PERFORMANCE");
  }

  @Test
  void brokenTableIsRefusedWithTheParsersMessage() {
    long versions = engine.getRepositoryService().createDecisionDefinitionQuery().count();
    ResponseEntity<String> refused = deploy("rusak", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">"
        + "<decision id=\"rubrik-penilaian\"><decisionTable><rule/></decisionTable></decision>");
    // the engine answers 500 for a DMN it cannot parse (400 for a BPMN), with the parser's message
    assertThat(refused.getStatusCode().isError()).isTrue();
    assertThat(refused.getBody()).contains("ENGINE-22004 Unable to transform DMN resource 'processes/rubrik-penilaian.dmn'");
    assertThat(engine.getRepositoryService().createDecisionDefinitionQuery().count()).isEqualTo(versions);
  }

  @Test
  void quotasMayDifferPerGroup() {
    CompetitionDriver driver = new CompetitionDriver(engine, "KUOTA");
    // SIVABLIK-like: one finalist for Pemprov (the edition's number), two for Kabupaten/Kota (the table's row)
    String quotas = Forms.text("processes/kuota-kelompok.dmn").replace("<rule id=\"Rule_Default\">",
        "<rule id=\"Rule_KabKota\"><inputEntry id=\"In_KabKota_Edition\"><text>\"" + driver.editionKey + "\"</text></inputEntry>"
            + "<inputEntry id=\"In_KabKota_Group\"><text>\"Kabupaten/Kota\"</text></inputEntry>"
            + "<outputEntry id=\"Out_KabKota_finalists\"><text>2</text></outputEntry>"
            + "<outputEntry id=\"Out_KabKota_winners\"><text>1</text></outputEntry></rule>\n      <rule id=\"Rule_Default\">");
    assertThat(deploy("kuota per kelompok", "processes/kuota-kelompok.dmn", quotas).getStatusCode()).isEqualTo(HttpStatus.OK);

    driver.withJurors(1);
    driver.openEdition(driver.editionForm("Pemprov, Kabupaten/Kota", 1, 1, 1));
    java.util.List<ProcessInstance> entries = new java.util.ArrayList<>();
    for (String group : new String[] {"Pemprov", "Pemprov", "Kabupaten/Kota", "Kabupaten/Kota"}) {
      ProcessInstance entry = driver.register(driver.participant("p" + entries.size()),
          driver.registrationForm("Instansi " + entries.size(), group, "Layanan " + entries.size()));
      driver.screen(entry, "LOLOS", null);
      entries.add(entry);
    }
    driver.closeRegistration();
    driver.approveAssignment();
    int[] quality = {90, 80, 70, 60};
    for (int i = 0; i < entries.size(); i++) {
      Task task = driver.task(entries.get(i), "Task_DeskEvaluation");
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(quality[i], quality[i]));
    }
    driver.runJobs();
    assertThat(driver.editionVariable("finalistCount")).isEqualTo(3L);
    driver.confirmTimetable();
    assertThat(driver.tasks(entries.get(1), "Task_PresentationEvaluation")).isEmpty();
    assertThat(driver.tasks(entries.get(3), "Task_PresentationEvaluation")).hasSize(1);
  }

  @Test
  void theStartFormsQuotasComeBeforeTheSharedTable() {
    CompetitionDriver driver = new CompetitionDriver(engine, "KUOTAFORM");
    // the shared table: 2 finalists for Pemprov, 1 for Kabupaten/Kota; the start form: 2 for Kabupaten/Kota
    String quotas = Forms.text("processes/kuota-kelompok.dmn").replace("<rule id=\"Rule_Default\">",
        rule("Rule_Pemprov", driver.editionKey, "Pemprov", 2) + rule("Rule_KabKota", driver.editionKey,
            "Kabupaten/Kota", 1) + "<rule id=\"Rule_Default\">");
    assertThat(deploy("kuota bersama", "processes/kuota-kelompok.dmn", quotas).getStatusCode()).isEqualTo(HttpStatus.OK);

    driver.withJurors(1);
    Map<String, Object> form = driver.editionForm("Pemprov, Kabupaten/Kota", 1, 1, 1);
    form.put("groupQuotas", SpinValues.jsonValue(
        "[{\"group\": \"Kabupaten/Kota\", \"finalists\": 2, \"winners\": 1}]").create());
    driver.openEdition(form);
    java.util.List<ProcessInstance> entries = new java.util.ArrayList<>();
    for (String group : new String[] {"Pemprov", "Pemprov", "Kabupaten/Kota", "Kabupaten/Kota"}) {
      ProcessInstance entry = driver.register(driver.participant("q" + entries.size()),
          driver.registrationForm("Instansi Q" + entries.size(), group, "Layanan Q" + entries.size()));
      driver.screen(entry, "LOLOS", null);
      entries.add(entry);
    }
    driver.closeRegistration();
    driver.approveAssignment();
    int[] quality = {90, 80, 70, 60};
    for (int i = 0; i < entries.size(); i++) {
      Task task = driver.task(entries.get(i), "Task_DeskEvaluation");
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(quality[i], quality[i]));
    }
    driver.runJobs();

    // Pemprov 2 (the table), Kabupaten/Kota 2 (the form, not the table's 1)
    assertThat(driver.editionVariable("finalistCount")).isEqualTo(4L);
    driver.confirmTimetable();
    assertThat(driver.tasks(entries.get(3), "Task_PresentationEvaluation")).hasSize(1);
  }

  private static String rule(String id, String edition, String group, int finalists) {
    return "<rule id=\"" + id + "\"><inputEntry id=\"In_" + id + "_Edition\"><text>\"" + edition + "\"</text></inputEntry>"
        + "<inputEntry id=\"In_" + id + "_Group\"><text>\"" + group + "\"</text></inputEntry>"
        + "<outputEntry id=\"Out_" + id + "_finalists\"><text>" + finalists + "</text></outputEntry>"
        + "<outputEntry id=\"Out_" + id + "_winners\"><text>1</text></outputEntry></rule>\n      ";
  }

  @Test
  void pinnedSettingsTablesAreReadOnceLatestOnesEveryTime() {
    var decisions = engine.getDecisionService();
    var history = engine.getHistoryService();
    int version = engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey(ScoringRules.DECISION_KEY).latestVersion().singleResult().getVersion();
    String edition = "CACHE-" + System.nanoTime();
    long before = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(ScoringRules.DECISION_KEY).count();

    ScoringRules first = ScoringRules.forEdition(decisions, edition, version);
    ScoringRules second = ScoringRules.forEdition(decisions, edition, version);
    assertThat(second).isEqualTo(first);
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(ScoringRules.DECISION_KEY).count())
        .as("a pinned version is evaluated once").isEqualTo(before + 1);

    ScoringRules.forEdition(decisions, edition, null);
    ScoringRules.forEdition(decisions, edition, null);
    assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey(ScoringRules.DECISION_KEY).count())
        .as("without a pin the latest version is evaluated at every use").isEqualTo(before + 3);
    assertThat(RuleVersions.settingsRows(decisions, FinalScoreRules.DECISION_KEY, 1, edition))
        .as("rows are read-only copies").hasSize(1)
        .allSatisfy(row -> assertThatThrownBy(() -> row.put("deskWeight", 0))
            .isInstanceOf(UnsupportedOperationException.class));
  }
}
