package id.kipp.process;

import id.kipp.testsupport.CompetitionDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.shared.RuleViolation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * Jurors who disagree beyond the DMN thresholds (total spread 20, criterion spread 30) flag the entry; the
 * secretariat records a consensus, whose score replaces the desk score in the ranking.
 */
class ConsensusTest extends ProcessTestBase {

  @Test
  void disagreementNeedsAConsensusWhoseScoreIsRanked() {
    driver.withJurors(2);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 2));
    ProcessInstance calm = driver.register(driver.participant("satu"),
        driver.registrationForm("Dinas Satu", "Perangkat Daerah", "Layanan Tenang"));
    ProcessInstance disputed = driver.register(driver.participant("dua"),
        driver.registrationForm("Dinas Dua", "Perangkat Daerah", "Layanan Diperdebatkan"));
    driver.screen(calm, "LOLOS", null);
    driver.screen(disputed, "LOLOS", null);
    driver.closeRegistration();
    driver.approveAssignment();

    // calm: both jurors 70/70 → 70. disputed: 90/90 and 50/50 → mean 70, spread 40 > 20 (and 40 > 30 per criterion)
    for (Task task : driver.tasks(calm, "Task_DeskEvaluation")) {
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(70, 70));
    }
    List<Task> tasks = driver.tasks(disputed, "Task_DeskEvaluation");
    driver.submit(tasks.get(0), tasks.get(0).getAssignee(), CompetitionDriver.rubric(90, 90));
    driver.submit(tasks.get(1), tasks.get(1).getAssignee(), CompetitionDriver.rubric(50, 50));
    driver.runJobs();

    assertThat(edition).isWaitingAt("Task_Consensus");
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "disagreementSummary"))
        .contains(disputed.getBusinessKey()).contains("selisih nilai total antarjuri 40,00 (batas 20,00)")
        .doesNotContain(calm.getBusinessKey());

    Task consensus = engine.getTaskService().createTaskQuery().processInstanceId(edition.getId())
        .taskDefinitionKey("Task_Consensus").singleResult();
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    // the form's choices: only the flagged entry
    @SuppressWarnings("unchecked")
    List<Map<String, String>> choices = (List<Map<String, String>>) engine.getRuntimeService()
        .getVariable(edition.getId(), "consensusEntryOptions");
    assertThat(choices).extracting(choice -> choice.get("value")).containsExactly(disputed.getBusinessKey());
    assertThatThrownBy(() -> driver.submit(consensus, secretariat, Map.of("consensusScoreRows",
        CompetitionDriver.rows(CompetitionDriver.consensusScore(disputed.getBusinessKey(), 120)))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("catatan konsensus")
        .hasMessageContaining("Baris 1 (Nilai konsensus): nilai konsensus harus 0 sampai 100");
    // a consensus score only for an entry flagged in this edition: not one of the form's choices (the guard; the rule
    // itself checks against desk_result, ConsensusRowsTest)
    assertThatThrownBy(() -> driver.submit(consensus, secretariat, Map.of("consensusNote", "Rapat konsensus.",
        "consensusScoreRows", CompetitionDriver.rows(CompetitionDriver.consensusScore(calm.getBusinessKey(), 99)))))
        .isInstanceOf(RuleViolation.class).hasMessageContaining("Pilihan \"" + calm.getBusinessKey() + "\"");
    // one row per entry; a row needs its score
    assertThatThrownBy(() -> driver.submit(consensus, secretariat, Map.of("consensusNote", "Rapat konsensus.",
        "consensusScoreRows", CompetitionDriver.rows(CompetitionDriver.consensusScore(disputed.getBusinessKey(), 80),
            CompetitionDriver.consensusScore(disputed.getBusinessKey(), 85),
            CompetitionDriver.consensusScore(disputed.getBusinessKey(), null)))))
        .isInstanceOf(RuleViolation.class)
        .hasMessageContaining("Baris 2 (Nilai konsensus): " + disputed.getBusinessKey() + " sudah diberi nilai pada baris 1")
        .hasMessageContaining("Baris 3 (Nilai konsensus): pilih inovasi dan isi nilai konsensus");
    assertThat(edition).isWaitingAt("Task_Consensus");
    driver.submit(consensus, secretariat, Map.of("consensusNote", "Rapat konsensus 3 juri: disepakati 82.",
        "consensusScoreRows", CompetitionDriver.rows(CompetitionDriver.consensusScore(disputed.getBusinessKey(), 82))));
    driver.runJobs();
    driver.confirmTimetable();

    // the consensus score 82 beats the calm entry's 70: the disputed entry is the only finalist
    assertThat(disputed).isWaitingAt("SubProcess_PresentationEvaluation");
    assertThat(engine.getRuntimeService().getVariable(disputed.getId(), "rankingDeskScore")).isEqualTo(82.0);
    assertThat(engine.getRuntimeService().getVariable(disputed.getId(), "deskScore")).isEqualTo(70.0);
    assertThat(calm).isEnded().hasPassed("EndEvent_NotFinalist");
  }
}
