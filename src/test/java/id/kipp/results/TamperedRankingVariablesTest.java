package id.kipp.results;

import static id.kipp.results.ResultsPublicationTest.element;
import static id.kipp.results.ResultsPublicationTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.award.FinalStanding;
import id.kipp.shared.Vars;
import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ranking is computed from the application's tables, never from process variables: an edition like
 * {@link ResultsPublicationTest}'s (same entries, same scores) in which, at every stage, the variables that used to be
 * read as ranking inputs are overwritten through the engine's RuntimeService — standing in for any write that slipped
 * past the guard. The finalists, the final ranking, the results page and the CSV files are exactly those of the
 * untouched edition:
 *
 * <pre>
 * Perangkat Daerah  A1 desk 85 → finalist, final 77.50 rank 2;  A2 desk 75 → finalist, final 79.50 rank 1 winner
 *                   A3 desk 50 → not a finalist
 * Unit Kerja        B1 desk 95 → final 81.50 rank 2;            B2 desk 85 → final 89.50 rank 1 winner
 * </pre>
 */
@SharedWebTest
class TamperedRankingVariablesTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void overwrittenScoreVariablesChangeNeitherFinalistsNorRankingNorResults() {
    CompetitionDriver driver = new CompetitionDriver(engine, "TMP");
    RuntimeService runtime = engine.getRuntimeService();
    String key = driver.editionKey;
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah, Unit Kerja", 2, 1, 1));
    Map<String, ProcessInstance> entries = new LinkedHashMap<>();
    for (ResultsPublicationTest.Plan plan : ResultsPublicationTest.PLANS) {
      entries.put(plan.name(), driver.register(driver.participant(plan.name().toLowerCase()),
          driver.registrationForm(plan.agency(), plan.group(), plan.title())));
    }
    entries.values().forEach(entry -> driver.screen(entry, "LOLOS", null));
    driver.runJobs();
    driver.closeRegistration();
    driver.approveAssignment();
    for (ResultsPublicationTest.Plan plan : ResultsPublicationTest.PLANS) {
      for (Task task : driver.tasks(entries.get(plan.name()), "Task_DeskEvaluation")) {
        driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(plan.innovation(), plan.performance()));
      }
    }
    String a1 = entries.get("A1").getBusinessKey();
    String a2 = entries.get("A2").getBusinessKey();
    String a3 = entries.get("A3").getBusinessKey();
    String b1 = entries.get("B1").getBusinessKey();
    String b2 = entries.get("B2").getBusinessKey();

    // desk scores computed and reported, the edition's review of them not yet run: A3 (desk 50) made to look best,
    // A1 (desk 85) worst
    driver.runJobsExcept("Task_ReviewDisagreements");
    String a3Id = entries.get("A3").getId();
    String a1Id = entries.get("A1").getId();
    assertThat(runtime.getVariable(a3Id, "deskScore")).isEqualTo(50.0);
    runtime.setVariables(a3Id, Map.of("deskScore", 99.0, "rankingDeskScore", 99.0, "innovationScore", 99.0));
    runtime.setVariables(a1Id, Map.of("deskScore", 1.0, "rankingDeskScore", 1.0, "innovationScore", 1.0,
        "disagreement", true, "disagreementFindings", "palsu"));
    String editionId = driver.edition().getId();
    runtime.setVariable(editionId, "consensusScoreMap", Vars.json(Map.of(a3, 100.0, a1, 0.0)));
    runtime.setVariable(editionId, "flaggedEntries", Vars.jsonList(List.of(a1, a3)));
    driver.runJobs();
    assertThat(runtime.getVariable(editionId, "hasDisagreements")).isEqualTo(false);

    // finalists decided, not yet announced: the edition's copy of the decision rewritten in A3's favour
    runtime.setVariable(editionId, "deskRanking", Vars.json(List.of(
        Map.of("entryKey", a3, "group", "Perangkat Daerah", "rank", 1, "rankingDeskScore", 99.0, "finalist", true),
        Map.of("entryKey", a1, "group", "Perangkat Daerah", "rank", 3, "rankingDeskScore", 1.0, "finalist", false))));
    driver.confirmTimetable();
    assertThat(finalists(driver, entries)).containsExactlyInAnyOrder(a1, a2, b1, b2);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(a3Id).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_NotFinalist");
    assertThat(runtime.getVariable(a1Id, "rankingDeskScore")).as("copy written from desk_result").isEqualTo(85.0);

    // presentations scored and reported; before the final ranking runs, the finalists' scores are rewritten
    for (ResultsPublicationTest.Plan plan : ResultsPublicationTest.PLANS) {
      for (Task task : driver.tasks(entries.get(plan.name()), "Task_PresentationEvaluation")) {
        driver.submit(task, task.getAssignee(),
            Map.of("presentationScoreInput", plan.presentation(), "presentationComment", "Jelas"));
      }
    }
    driver.runJobsExcept("Task_FinalRanking");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(editionId)
        .activityId("Task_FinalRanking").count()).as("final ranking not yet computed").isOne();
    runtime.setVariables(a1Id, Map.of("presentationScore", 100.0, "rankingDeskScore", 100.0, "deskScore", 100.0));
    runtime.setVariables(entries.get("A2").getId(), Map.of("presentationScore", 0.0, "rankingDeskScore", 0.0));
    runtime.setVariables(entries.get("B1").getId(), Map.of("presentationScore", 100.0, "innovationScore", 100.0));
    driver.runJobs();
    assertThat((String) runtime.getVariable(editionId, "finalRankingSummary"))
        .contains("| 1 | Pemenang | 79,50 | 75,00 | 90,00 | " + a2 + " |")
        .contains("| 2 | Finalis | 77,50 | 85,00 | 60,00 | " + a1 + " |")
        .contains("| 1 | Pemenang | 89,50 | 85,00 | 100,00 | " + b2 + " |");

    // ranking computed, awaiting the Pimpinan: a ranking with A1 and B1 as winners put on the edition
    runtime.setVariable(editionId, "finalRanking", Vars.json(List.of(
        new FinalStanding(a1Id, a1, "Palsu", "Palsu", "Perangkat Daerah", 1, 100.0, 100.0, 100.0, true),
        new FinalStanding(entries.get("B1").getId(), b1, "Palsu", "Palsu", "Unit Kerja", 1, 100.0, 100.0, 100.0,
            true))));
    driver.submit(driver.task(driver.edition(), "Task_SignOff"), pimpinan(driver),
        Map.of("signOffDecision", "SETUJU", "decreeNumber", "188.45/1/2030", "signOffNote", "Setuju."));
    driver.releaseResults();
    assertThat(driver.edition()).as("edition ended").isNull();

    // the results page, the CSV files and the winners' own result: as without any of the writes above
    String html = http.getForEntity("/hasil/" + key, String.class).getBody();
    assertThat(text(element(html, "tr", "entri-" + a2)))
        .isEqualTo("1 " + a2 + " Ākses Warga ≥ 24 Jam Dinas Kominfo 75,00 90,00 79,50 Pemenang Peringkat 1 PDF");
    assertThat(text(element(html, "tr", "entri-" + a1)))
        .isEqualTo("2 " + a1 + " =Layanan \"Cepat\" Warga Dinas Kesehatan, Kota Uji 85,00 60,00 77,50 Finalis PDF");
    assertThat(text(element(html, "tr", "entri-" + b2)))
        .isEqualTo("1 " + b2 + " Kelurahan Digital Kelurahan Sumbersari 85,00 100,00 89,50 Pemenang Peringkat 1 PDF");
    assertThat(text(element(html, "tr", "entri-" + b1)))
        .isEqualTo("2 " + b1 + " Puskesmas Ramah Puskesmas Dinoyo 95,00 50,00 81,50 Finalis PDF");
    assertThat(html).doesNotContain(a3, "Palsu");
    assertThat(new String(http.getForEntity("/hasil/" + key + "/peringkat.csv", byte[].class).getBody(),
        StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
        "kelompok,peringkat,status,kode,judul,instansi,nilai_akhir",
        "Perangkat Daerah,1,Pemenang," + a2 + ",Ākses Warga ≥ 24 Jam,Dinas Kominfo,79.50",
        "Perangkat Daerah,2,Finalis," + a1 + ",\"'=Layanan \"\"Cepat\"\" Warga\",\"Dinas Kesehatan, Kota Uji\",77.50",
        "Unit Kerja,1,Pemenang," + b2 + ",Kelurahan Digital,Kelurahan Sumbersari,89.50",
        "Unit Kerja,2,Finalis," + b1 + ",Puskesmas Ramah,Puskesmas Dinoyo,81.50",
        ""));
    assertThat(new String(http.getForEntity("/hasil/" + key + "/nilai.csv", byte[].class).getBody(),
        StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
        "kelompok,peringkat,kode,judul,instansi,nilai_proposal,nilai_presentasi,nilai_akhir",
        "Perangkat Daerah,1," + a2 + ",Ākses Warga ≥ 24 Jam,Dinas Kominfo,75.00,90.00,79.50",
        "Perangkat Daerah,2," + a1 + ",\"'=Layanan \"\"Cepat\"\" Warga\",\"Dinas Kesehatan, Kota Uji\",85.00,60.00,77.50",
        "Unit Kerja,1," + b2 + ",Kelurahan Digital,Kelurahan Sumbersari,85.00,100.00,89.50",
        "Unit Kerja,2," + b1 + ",Puskesmas Ramah,Puskesmas Dinoyo,95.00,50.00,81.50",
        ""));
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    assertThat(new String(http.withBasicAuth(secretariat, secretariat)
        .getForEntity("/api/editions/" + key + "/ranking.csv", byte[].class).getBody(), StandardCharsets.UTF_8))
        .contains("2," + a1 + ",", ",Perangkat Daerah,85.00,60.00,77.50,Finalis")
        .contains("3," + a3 + ",Inovasi Tiga,Dinas Tiga,Perangkat Daerah,50.00,,,Tidak masuk finalis");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(a1Id).singleResult()
        .getEndActivityId()).isEqualTo("EndEvent_Finalist");
    // the outbox renders a message when it is sent or shown; shown here as the secretariat's outbox API does
    long winnerMail = jdbc.queryForObject("SELECT id FROM notification WHERE entry_key = ? AND template = 'hasil-pemenang'"
        + " ORDER BY id FETCH FIRST 1 ROWS ONLY", Long.class, a2);
    assertThat(http.withBasicAuth(secretariat, secretariat).getForEntity("/api/notifications/" + winnerMail,
        String.class).getBody()).contains("Peringkat akhir : 1", "79,50");
  }

  /** Entry keys of the entries now in the presentation. */
  private Set<String> finalists(CompetitionDriver driver, Map<String, ProcessInstance> entries) {
    return entries.values().stream()
        .filter(entry -> !driver.tasks(entry, "Task_PresentationEvaluation").isEmpty())
        .map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
  }

  private String pimpinan(CompetitionDriver driver) {
    String id = driver.code.toLowerCase() + "pimpinan";
    driver.user(id, "pimpinan");
    return id;
  }
}
