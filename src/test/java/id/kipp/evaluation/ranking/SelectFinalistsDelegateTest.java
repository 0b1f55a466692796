package id.kipp.evaluation.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;

/**
 * "Tetapkan finalis per kelompok" delivers nothing itself: it refuses to run (an incident) in an edition process that
 * has no step to announce the finalists later, e.g. a version from before the presentation timetable.
 */
class SelectFinalistsDelegateTest {

  @Test
  void theEditionProcessAndItsRetiredVariantAnnounceTheFinalistsAfterTheTimetable() {
    assertThat(SelectFinalistsDelegate.announcesFinalists(read("processes/kompetisi.bpmn"))).isTrue();
    assertThat(SelectFinalistsDelegate.announcesFinalists(read("retired/kompetisi-lengkap.bpmn"))).isTrue();
  }

  @Test
  void anEditionProcessWithoutTheAnnouncementIsRecognised() {
    BpmnModelInstance model = read("processes/kompetisi.bpmn");
    ServiceTask announce = model.getModelElementById("Task_AnnounceFinalists");
    announce.setCamundaDelegateExpression("${somethingElse}");
    assertThat(SelectFinalistsDelegate.announcesFinalists(model)).isFalse();
  }

  private static BpmnModelInstance read(String resource) {
    try (InputStream in = SelectFinalistsDelegateTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return Bpmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
