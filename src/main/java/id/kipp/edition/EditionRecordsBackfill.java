package id.kipp.edition;

import id.kipp.shared.Processes;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: each running edition without a row in {@link EditionRecords} gets one from its variables (editions
 * opened before the table). Idempotent: an edition with a row is left alone.
 */
@Component
@Order(0)
public class EditionRecordsBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EditionRecordsBackfill.class);

  private final ProcessEngine engine;
  private final EditionRecords records;
  public EditionRecordsBackfill(ProcessEngine engine, EditionRecords records) {
    this.engine = engine;
    this.records = records;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = addMissing();
    if (added > 0) {
      LOG.info("Edition directory: {} running editions added", added);
    }
  }

  /** Adds the row of every running edition that has none; returns how many. */
  public int addMissing() {
    List<ProcessInstance> editions = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService())).list();
    int added = 0;
    for (ProcessInstance edition : editions) {
      String editionKey = edition.getBusinessKey();
      if (editionKey == null || records.has(editionKey)) {
        continue;
      }
      records.save(editionKey, edition.getId(),
          engine.getRuntimeService().getVariables(edition.getId(), EditionRecords.VIEW_VARIABLES));
      added++;
    }
    return added;
  }
}
