package id.kipp.process;

import id.kipp.testsupport.CompetitionDriver;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Engine tests on the real application context (real delegates, real deployment of processes/ and forms/). */
@SpringBootTest
@ActiveProfiles("test")
abstract class ProcessTestBase {

  @Autowired
  protected ProcessEngine engine;

  protected CompetitionDriver driver;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
    driver = new CompetitionDriver(engine);
  }
}
