package id.kipp.shared;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Puts {@link FirstValueDetails} in place of the engine's database history handler (the engine then builds its
 * composite handler of the custom ones only); {@link FormFieldHistoryPlugin} wraps the result afterwards.
 */
@Component
public class FirstValueDetailsPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    if (handlers.stream().noneMatch(FirstValueDetails.class::isInstance)) {
      handlers.add(0, new FirstValueDetails());
    }
    configuration.setCustomHistoryEventHandlers(handlers);
    configuration.setEnableDefaultDbHistoryEventHandler(false);
  }
}
