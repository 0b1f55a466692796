package id.kipp.shared;

import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * The engine's history handler without one kind of event, which is dropped before it is written; every other event is
 * handled as before. Each kind is installed once per engine ({@link #install}), by the plugin that owns its rule.
 */
final class HistoryEventFilter implements HistoryEventHandler {

  private final HistoryEventHandler delegate;
  private final String dropped;
  private final Predicate<HistoryEvent> drops;

  private HistoryEventFilter(HistoryEventHandler delegate, String dropped, Predicate<HistoryEvent> drops) {
    this.delegate = delegate;
    this.dropped = dropped;
    this.drops = drops;
  }

  /** Wraps the engine's handler so that it drops the events {@code drops} matches, unless that is done already. */
  static void install(ProcessEngineConfigurationImpl configuration, String dropped, Predicate<HistoryEvent> drops) {
    HistoryEventHandler handler = configuration.getHistoryEventHandler();
    if (handler != null && !filters(handler, dropped)) {
      configuration.setHistoryEventHandler(new HistoryEventFilter(handler, dropped, drops));
    }
  }

  private static boolean filters(HistoryEventHandler handler, String dropped) {
    return handler instanceof HistoryEventFilter filter
        && (filter.dropped.equals(dropped) || filters(filter.delegate, dropped));
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!drops.test(event)) {
      delegate.handleEvent(event);
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    delegate.handleEvents(events.stream().filter(drops.negate()).toList());
  }
}
