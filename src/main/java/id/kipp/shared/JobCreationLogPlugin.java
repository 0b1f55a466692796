package id.kipp.shared;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricJobLogEventEntity;
import org.springframework.stereotype.Component;

/**
 * The job log ({@code ACT_HI_JOB_LOG}) keeps what happened to each job — its success, every failure with its
 * exception, its deletion — but not the row of its creation, which history level {@code full} writes for every
 * asynchronous step and every timer (about 9 of the 18 job-log rows per entry of a national edition, each with its
 * index entries; docs/performance.md). When a job was created stays in the job itself while it waits, and the log's
 * rows of its outcome carry the job's definition, activity and process instance as the creation's did. Every other
 * history event is handled as before.
 */
@Component
public class JobCreationLogPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    HistoryEventFilter.install(configuration, "job creations", JobCreationLogPlugin::isJobCreation);
  }

  static boolean isJobCreation(HistoryEvent event) {
    return event instanceof HistoricJobLogEventEntity log && log.isCreationLog();
  }
}
