package id.kipp.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.kipp.testsupport.CompetitionDriver;
import id.kipp.testsupport.Forms;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/**
 * An organiser removes the presentation stage in Camunda Modeler (the finalist branch goes straight to "Laporkan
 * nilai presentasi ke edisi"; in the edition, "Tetapkan finalis per kelompok" goes straight to "Umumkan finalis dan
 * jadwal", without the timetable) and deploys both processes: an edition then runs to the award with finalists ranked
 * on their desk score alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:kipp-stage-test;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class PresentationStageRemovalTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TestRestTemplate http;

  /** What the organiser does in Modeler: delete the presentation call activity and its score, reconnect the flow. */
  private static String withoutPresentation() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
        Forms.text("processes/inovasi.bpmn").getBytes(StandardCharsets.UTF_8)));
    FlowNode report = model.getModelElementById("Event_ReportPresentation");
    SequenceFlow toPresentation = model.getModelElementById("Flow_IsFinalist");
    for (String id : List.of("SubProcess_PresentationEvaluation", "Flow_ToComputePresentationScore",
        "Task_ComputePresentationScore", "Flow_ToReportPresentation")) {
      ModelElementInstance element = model.getModelElementById(id);
      for (BpmnShape shape : new ArrayList<>(model.getModelElementsByType(BpmnShape.class))) {
        if (shape.getBpmnElement() == element) {
          shape.getParentElement().removeChildElement(shape);
        }
      }
      for (BpmnEdge edge : new ArrayList<>(model.getModelElementsByType(BpmnEdge.class))) {
        if (edge.getBpmnElement() == element) {
          edge.getParentElement().removeChildElement(edge);
        }
      }
      element.getParentElement().removeChildElement(element);
    }
    toPresentation.setTarget(report);
    report.getIncoming().clear();
    report.getIncoming().add(toPresentation);
    return Bpmn.convertToString(model);
  }

  /** The same in the edition process: no presentation timetable; the finalists are announced right away. */
  private static String withoutTimetable() {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
        Forms.text("processes/kompetisi.bpmn").getBytes(StandardCharsets.UTF_8)));
    FlowNode announce = model.getModelElementById("Task_AnnounceFinalists");
    SequenceFlow fromSelection = model.getModelElementById("Flow_ToTimetableJoin");
    remove(model, "Gateway_TimetableJoin", "Flow_ToProposeTimetable", "Task_ProposeTimetable", "Flow_ToConfirmTimetable",
        "Task_ConfirmTimetable", "Flow_ToTimetableDecision", "Gateway_TimetableConfirmed", "Flow_TimetableProposeAgain",
        "Flow_TimetableConfirmed");
    fromSelection.setTarget(announce);
    announce.getIncoming().clear();
    announce.getIncoming().add(fromSelection);
    return Bpmn.convertToString(model);
  }

  private static void remove(BpmnModelInstance model, String... ids) {
    for (String id : ids) {
      ModelElementInstance element = model.getModelElementById(id);
      for (BpmnShape shape : new ArrayList<>(model.getModelElementsByType(BpmnShape.class))) {
        if (shape.getBpmnElement() == element) {
          shape.getParentElement().removeChildElement(shape);
        }
      }
      for (BpmnEdge edge : new ArrayList<>(model.getModelElementsByType(BpmnEdge.class))) {
        if (edge.getBpmnElement() == element) {
          edge.getParentElement().removeChildElement(edge);
        }
      }
      element.getParentElement().removeChildElement(element);
    }
  }

  @Test
  void editionRunsWithoutPresentationStage() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", "tanpa presentasi");
    body.add("data", new ByteArrayResource(withoutPresentation().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "processes/inovasi.bpmn";
      }
    });
    body.add("edition", new ByteArrayResource(withoutTimetable().getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "processes/kompetisi.bpmn";
      }
    });
    // the embedded registration form must travel with the entry process it belongs to
    body.add("form", new ByteArrayResource(Forms.text("forms/pendaftaran-inovasi.html").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "forms/pendaftaran-inovasi.html";
      }
    });
    assertThat(http.withBasicAuth("admin", "test-admin").postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

    BpmnAwareTests.init(engine);
    CompetitionDriver driver = new CompetitionDriver(engine, "TANPA");
    driver.withJurors(1);
    ProcessInstance edition = driver.openEdition(driver.editionForm("Perangkat Daerah", 2, 1, 1));
    List<ProcessInstance> entries = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ProcessInstance entry = driver.register(driver.participant("p" + i),
          driver.registrationForm("Instansi " + i, "Perangkat Daerah", "Layanan " + i));
      driver.screen(entry, "LOLOS", null);
      entries.add(entry);
    }
    driver.closeRegistration();
    driver.approveAssignment();
    int[] quality = {70, 90, 80};
    for (int i = 0; i < entries.size(); i++) {
      Task task = driver.task(entries.get(i), "Task_DeskEvaluation");
      driver.submit(task, task.getAssignee(), CompetitionDriver.rubric(quality[i], quality[i]));
    }
    driver.runJobs();

    // straight to the sign-off: no timetable, no presentation task anywhere
    assertThat(edition).isWaitingAt("Task_SignOff");
    assertThat(edition).hasPassed("Task_AnnounceFinalists").hasNotPassed("Task_ConfirmTimetable");
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_PresentationEvaluation").count()).isZero();
    assertThat((String) engine.getRuntimeService().getVariable(edition.getId(), "finalRankingSummary"))
        .contains("| 1 | Pemenang | 90,00 | 90,00 | – | " + entries.get(1).getBusinessKey());
    driver.user(driver.code.toLowerCase() + "pimpinan", "pimpinan");
    driver.submit(driver.task(edition, "Task_SignOff"), driver.code.toLowerCase() + "pimpinan",
        java.util.Map.of("signOffDecision", "SETUJU", "decreeNumber", "SK/1/2030"));
    driver.runJobs();
    assertThat(edition).isWaitingAt("Task_ReleaseResults");
    driver.releaseResults();
    assertThat(edition).isEnded();
    assertThat(entries.get(1)).isEnded().hasPassed("EndEvent_Winner");
    assertThat(entries.get(2)).isEnded().hasPassed("EndEvent_Finalist");
    assertThat(entries.get(0)).isEnded().hasPassed("EndEvent_NotFinalist");
  }
}
