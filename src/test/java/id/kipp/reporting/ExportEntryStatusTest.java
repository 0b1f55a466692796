package id.kipp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

/**
 * The status labels of the ranking export cover {@code processes/inovasi.bpmn} exactly: every place a running entry
 * can be has a stage, every end event of the process a fate, and no label names an id the BPMN no longer has.
 */
class ExportEntryStatusTest {

  private final BpmnModelInstance model = read("processes/inovasi.bpmn");

  @Test
  void everyActivityOfTheEntryProcessHasAStage() {
    List<String> missing = new ArrayList<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      boolean waitsOrWorks = node instanceof Activity || node instanceof IntermediateCatchEvent
          || node instanceof IntermediateThrowEvent;
      if (waitsOrWorks && !EntryStatus.STAGE_OF_ACTIVITY.containsKey(node.getId())) {
        missing.add(node.getId());
      }
      if (node instanceof Activity activity && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
          && !EntryStatus.STAGE_OF_ACTIVITY.containsKey(node.getId() + "#multiInstanceBody")) {
        missing.add(node.getId() + "#multiInstanceBody");
      }
    }
    assertThat(missing).as("activities of inovasi.bpmn without a stage in EntryStatus.STAGES").isEmpty();
  }

  @Test
  void everyEndEventOfTheEntryProcessHasAFate() {
    Set<String> endEvents = new HashSet<>();
    for (EndEvent end : model.getModelElementsByType(EndEvent.class)) {
      if (end.getParentElement() instanceof Process) {
        endEvents.add(end.getId());
      }
    }
    assertThat(EntryStatus.OUTCOMES.keySet()).containsExactlyInAnyOrderElementsOf(endEvents);
    assertThat(EntryStatus.ended("EndEvent_Winner")).isEqualTo("Pemenang");
    assertThat(EntryStatus.ended("EndEvent_Finalist")).isEqualTo("Finalis");
    assertThat(EntryStatus.ended("EndEvent_NotFinalist")).isEqualTo("Tidak masuk finalis");
    assertThat(EntryStatus.ended("EndEvent_NotPassedScreening")).isEqualTo("Tidak lolos administrasi");
    assertThat(EntryStatus.ended(null)).isEqualTo("Dibatalkan");
  }

  @Test
  void everyIdNamedByAStageIsInTheBpmn() {
    for (String id : EntryStatus.STAGE_OF_ACTIVITY.keySet()) {
      org.camunda.bpm.model.xml.instance.ModelElementInstance element =
          model.getModelElementById(id.replace("#multiInstanceBody", ""));
      if (EntryStatus.LEGACY_ACTIVITY_IDS.contains(id)) {
        assertThat(element).as("%s is listed as an id of older versions only", id).isNull();
      } else {
        assertThat(element).as(id).isNotNull();
      }
    }
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = ExportEntryStatusTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
