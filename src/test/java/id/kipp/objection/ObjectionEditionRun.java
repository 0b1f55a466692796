package id.kipp.objection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.testsupport.CompetitionDriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * An edition with uji publik driven until its objection period is open: four entries scored, the first three
 * proposed as finalists (as in EditionWithPublicObjectionTest).
 */
final class ObjectionEditionRun {

  final CompetitionDriver driver;
  final ProcessEngine engine;
  final ProcessInstance edition;
  final List<ProcessInstance> entries = new ArrayList<>();
  final String secretariat;

  ObjectionEditionRun(ProcessEngine engine, String prefix) {
    this.engine = engine;
    driver = new CompetitionDriver(engine, prefix).withJurors(1);
    Map<String, Object> form = driver.editionForm("Perangkat Daerah", 3, 1, 1);
    form.put("publicObjectionStage", true);
    form.put("objectionDays", 7);
    edition = driver.openEdition(form);
    String[] titles = {"Layanan Pojok Braille", "Antrean Daring Puskesmas", "Surat Izin Satu Hari", "Arsip Keliling"};
    for (int i = 0; i < titles.length; i++) {
      ProcessInstance entry = driver.register(driver.participant("p" + i),
          driver.registrationForm("Dinas Nomor " + (i + 1), "Perangkat Daerah", titles[i]));
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
    secretariat = driver.code.toLowerCase() + "sekretariat";
    assertThat(recordTask()).as("uji publik is open").isNotNull();
  }

  String key() {
    return driver.editionKey;
  }

  String entry(int i) {
    return entries.get(i).getBusinessKey();
  }

  Task recordTask() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key())
        .taskDefinitionKey("Task_RecordObjections").singleResult();
  }

  Task decideTask() {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(key())
        .taskDefinitionKey("Task_DecideObjections").singleResult();
  }

  /** A dynamic list as Tasklist submits it: a Json variable. */
  static TypedValue rows(List<Map<String, String>> rows) {
    try {
      return SpinValues.jsonValue(new ObjectMapper().writeValueAsString(rows)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
