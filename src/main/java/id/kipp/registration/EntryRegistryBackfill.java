package id.kipp.registration;

import id.kipp.edition.EditionLock;
import id.kipp.edition.EntryNumbers;
import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At every start: entries registered before the entry registry existed get their row (from the engine's history), and
 * every running edition gets its entry-number sequence and lock row, continuing after its highest number. Idempotent:
 * what exists is left alone, so a second start (or a second node) changes nothing. Two older entries that the
 * registry's unique constraint finds to be duplicates (registered at the same moment before the constraint) keep one
 * row; the other is logged for the secretariat.
 */
@Component
@Order(0)
public class EntryRegistryBackfill implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(EntryRegistryBackfill.class);
  private static final int BATCH = 200;
  private static final String[] VARIABLES = {"editionKey", "entryNumber", "agency", "agencyId", "title",
      "registeredBy", "submittedAt"};

  private final ProcessEngine engine;
  private final EntryRegistry registry;
  private final EntryNumbers entryNumbers;
  private final EditionLock editionLock;
  private final JdbcTemplate jdbc;

  public EntryRegistryBackfill(ProcessEngine engine, EntryRegistry registry, EntryNumbers entryNumbers,
      EditionLock editionLock, JdbcTemplate jdbc) {
    this.engine = engine;
    this.registry = registry;
    this.entryNumbers = entryNumbers;
    this.editionLock = editionLock;
    this.jdbc = jdbc;
  }

  @Override
  public void run(ApplicationArguments args) {
    int added = addMissingEntries();
    prepareRunningEditions();
    if (added > 0) {
      LOG.info("Entry registry: {} entries registered before the registry were added", added);
    }
  }

  /** Adds a row for every registered entry (an entry instance with a business key) that has none; returns how many. */
  public int addMissingEntries() {
    List<HistoricProcessInstance> entries = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY).list().stream()
        .filter(instance -> instance.getBusinessKey() != null).toList();
    int added = 0;
    for (int from = 0; from < entries.size(); from += BATCH) {
      List<HistoricProcessInstance> batch = entries.subList(from, Math.min(entries.size(), from + BATCH));
      Set<String> present = new HashSet<>(registry.present(batch.stream()
          .map(HistoricProcessInstance::getBusinessKey).toList()));
      List<HistoricProcessInstance> missing = batch.stream()
          .filter(instance -> !present.contains(instance.getBusinessKey())).toList();
      if (missing.isEmpty()) {
        continue;
      }
      Map<String, Map<String, Object>> values = new HashMap<>();
      for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
          .processInstanceIdIn(missing.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          .variableNameIn(VARIABLES).disableBinaryFetching().disableCustomObjectDeserialization().list()) {
        values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
      for (HistoricProcessInstance instance : missing) {
        if (add(instance, values.getOrDefault(instance.getId(), Map.of()))) {
          added++;
        }
      }
    }
    return added;
  }

  private boolean add(HistoricProcessInstance instance, Map<String, Object> v) {
    String entryKey = instance.getBusinessKey();
    int dash = entryKey.lastIndexOf('-');
    String editionKey = v.get("editionKey") != null ? v.get("editionKey").toString()
        : dash > 0 ? entryKey.substring(0, dash) : entryKey;
    Long number = Vars.whole(v.get("entryNumber"));
    if (number == null) {
      try {
        number = Long.parseLong(entryKey.substring(dash + 1));
      } catch (NumberFormatException e) {
        LOG.warn("Entry registry: {} has no entry number and is left out", entryKey);
        return false;
      }
    }
    String agency = v.get("agency") == null ? "" : v.get("agency").toString();
    String agencyId = v.get("agencyId") == null ? null : v.get("agencyId").toString();
    Date submitted = v.get("submittedAt") instanceof Date date ? date : instance.getStartTime();
    String registeredBy = v.get("registeredBy") != null ? v.get("registeredBy").toString() : instance.getStartUserId();
    EntryRecord row = new EntryRecord(entryKey, editionKey, number, EntryRecord.agencyKey(agencyId, agency), agency,
        v.get("title") == null ? "" : v.get("title").toString(), registeredBy, instance.getId(),
        submitted == null ? Instant.now() : submitted.toInstant());
    try {
      registry.add(row);
      return true;
    } catch (RuntimeException e) {
      if (e instanceof DataIntegrityViolationException || e instanceof id.kipp.shared.RuleViolation) {
        LOG.warn("Entry registry: {} ({} of {}) duplicates an entry already in the registry and is left out;"
            + " the secretariat decides which of the two stays", entryKey, row.title(), agency);
        return false;
      }
      throw e;
    }
  }

  /** Every running edition: its entry-number sequence (after its highest number so far) and its lock row. */
  public void prepareRunningEditions() {
    List<ProcessInstance> editions = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService())).list();
    for (ProcessInstance edition : editions) {
      String editionKey = edition.getBusinessKey();
      if (editionKey == null) {
        continue;
      }
      Long lastVariable = Vars.whole(engine.getRuntimeService().getVariable(edition.getId(), "lastEntryNumber"));
      Long lastRow = jdbc.queryForObject("SELECT MAX(entry_number) FROM entry WHERE edition_key = ?", Long.class,
          editionKey);
      entryNumbers.prepare(editionKey, Math.max(lastVariable == null ? 0 : lastVariable, lastRow == null ? 0 : lastRow));
      editionLock.prepare(editionKey);
    }
  }
}
