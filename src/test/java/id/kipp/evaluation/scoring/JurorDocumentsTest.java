package id.kipp.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.SharedWebTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A juror opens the proposal PDFs of the entry it is scoring, over HTTP as the link in the scoring form does; nobody
 * else gets them: not another juror, not the same juror once the task is done, not the participant, not the
 * declaration, and never under the participant's file name.
 */
@SharedWebTest
class JurorDocumentsTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  @Test
  void onlyTheJurorScoringTheEntryReadsItsProposalsWhileTheTaskIsOpen() throws IOException {
    CompetitionDriver driver = new CompetitionDriver(engine);
    driver.withJurors(2);
    driver.openEdition(driver.editionForm("Perangkat Daerah", 1, 1, 1));
    ProcessInstance entry = driver.entryInDeskEvaluation("Dinas Uji", "Layanan Berkas");
    Task task = driver.task(entry, "Task_DeskEvaluation");
    String juror = task.getAssignee();
    String other = driver.jurors.stream().filter(id -> !id.equals(juror)).findFirst().orElseThrow();
    String key = entry.getBusinessKey();
    String path = "/api/penilaian/" + key + "/dokumen/";

    for (String name : new String[] {"innovationProposalFile", "performanceProposalFile"}) {
      ResponseEntity<byte[]> pdf = http.withBasicAuth(juror, juror).getForEntity(path + name, byte[].class);
      assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
      assertThat(pdf.getHeaders().getContentDisposition().getFilename()).startsWith(key + "-proposal-").endsWith(".pdf");
      FileValue uploaded = engine.getRuntimeService().getVariableTyped(entry.getId(), name);
      try (InputStream in = uploaded.getValue()) {
        assertThat(pdf.getBody()).isEqualTo(in.readAllBytes());
      }
    }
    // the declaration is not a juror's; another juror, the participant and the secretariat get nothing
    assertThat(status(juror, path + "declarationFile")).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(other, path + "innovationProposalFile")).isEqualTo(HttpStatus.NOT_FOUND);
    String participant = (String) engine.getRuntimeService().getVariable(entry.getId(), "registeredBy");
    assertThat(status(participant, path + "innovationProposalFile")).isEqualTo(HttpStatus.FORBIDDEN);
    String secretariat = driver.code.toLowerCase() + "sekretariat";
    assertThat(status(secretariat, path + "innovationProposalFile")).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity(path + "innovationProposalFile", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    // scored: the task is done, and so is the access
    driver.submit(task, juror, CompetitionDriver.rubric(80, 80));
    assertThat(status(juror, path + "innovationProposalFile")).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<Map> refused = http.withBasicAuth(juror, juror).getForEntity(path + "innovationProposalFile", Map.class);
    assertThat((String) refused.getBody().get("message")).contains("tidak sedang menilai inovasi " + key);
  }

  private HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(http.withBasicAuth(user, user).getForEntity(path, String.class).getStatusCode().value());
  }
}
