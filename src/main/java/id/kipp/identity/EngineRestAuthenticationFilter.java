package id.kipp.identity;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's HTTP Basic filter of the REST API, unchanged but for how it finds the engine a request addresses: the
 * original looks it up through a {@code ServiceLoader} on every request (reading the class path's service files), a
 * few percent of a registration's CPU in a deadline rush (docs/performance.md). The application's own engine is
 * returned directly; any other name is looked up as before. Authentication itself (password check, groups, tenants)
 * is the original's.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  private final ProcessEngine engine;

  public EngineRestAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected ProcessEngine getAddressedEngine(String engineName) {
    return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
  }
}
