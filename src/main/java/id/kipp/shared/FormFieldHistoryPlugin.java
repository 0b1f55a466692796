package id.kipp.shared;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

/**
 * History level {@code full} writes every submitted form field twice: as the variable's update (kept: the audit trail,
 * {@code reporting.audit.EntryHistory}, reads these) and once more as a "form property" row of {@code ACT_HI_DETAIL}
 * holding the value as text, which nothing reads. A registration submits 21 fields, a juror's score 13: this handler
 * drops the copies before they are written (docs/performance.md, "Changes made"). Every other history event is
 * handled by the engine's own handler, unchanged.
 */
@Component
public class FormFieldHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventFilter.install(configuration, "form field copies", FormFieldHistoryPlugin::isFormFieldCopy);
  }

  static boolean isFormFieldCopy(HistoryEvent event) {
    return event instanceof HistoricFormPropertyEventEntity;
  }
}
