package id.kipp.testsupport;

import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Points Camunda's static engine registry at the engine of the Spring context a test is about to use.
 *
 * <p>Every test context builds an engine named {@code default}, and the REST API and the webapps look the engine up
 * by that name in {@link ProcessEngines}. The registry holds one engine per name: the last one built, or none once
 * the context cache has closed that one (closing an engine unregisters its name even when another context's engine of
 * the same name is still alive). A test that reuses a cached context would then reach another context's engine, or
 * get "engine not available" (HTTP 404 on {@code /engine-rest}, 500 on the webapps). Cockpit also caches a command
 * executor per engine name (on the engine's data source, closed with its context): it is replaced too.
 */
public class EngineRegistryListener extends AbstractTestExecutionListener {

  /** The engine Cockpit's cached command executors were last reset for (tests run one at a time). */
  private static volatile ProcessEngine cockpitEngine;

  @Override
  public int getOrder() {
    return LOWEST_PRECEDENCE;
  }

  @Override
  public void prepareTestInstance(TestContext testContext) {
    register(testContext);
  }

  @Override
  public void beforeTestMethod(TestContext testContext) {
    register(testContext);
  }

  private static void register(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    context.getBeanProvider(ProcessEngine.class).ifAvailable(engine -> {
      if (ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
        ProcessEngines.registerProcessEngine(engine);
      }
      if (cockpitEngine != engine) {
        // Cockpit keeps a command executor per engine name, built on the engine's data source: start afresh
        Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        cockpitEngine = engine;
      }
    });
  }
}
