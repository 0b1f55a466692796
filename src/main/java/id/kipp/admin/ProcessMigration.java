package id.kipp.admin;

import id.kipp.shared.InstanceUpgrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * Moves the running instances of a process to its latest version (Cockpit Community Edition has no migration screen).
 * Activities are mapped by equal id. Every instance migrates in a transaction of its own, so an instance is either
 * fully on the new version or untouched on its old one; each one that cannot move is reported with the reason.
 */
@Service
public class ProcessMigration {

  /** One instance that stayed on its version, and why. */
  public record Failure(String processInstanceId, String businessKey, int fromVersion, String reason) {}

  public record Report(String processKey, int targetVersion, int migrated, List<Failure> failures) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final List<InstanceUpgrade> upgrades;

  public ProcessMigration(RepositoryService repository, RuntimeService runtime, List<InstanceUpgrade> upgrades) {
    this.repository = repository;
    this.runtime = runtime;
    this.upgrades = upgrades;
  }

  /**
   * Process keys no longer deployed, whose running instances move to another key's latest version, with the variables
   * that choose what the retired model did. {@code kompetisi-lengkap} was the edition with uji publik and field
   * verification; the one edition model {@code kompetisi} switches both per edition.
   */
  static final Map<String, Retired> RETIRED = Map.of("kompetisi-lengkap", new Retired("kompetisi", Map.of(
      "publicObjectionStage", true, "fieldVerificationStage", true, "objectionDays", 5L)));

  record Retired(String successor, Map<String, Object> variables) {}

  public Report toLatest(String processKey) {
    ProcessDefinition target = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
        .latestVersion().singleResult();
    if (target == null) {
      throw new BadUserRequestException("Proses " + processKey + " tidak ditemukan.");
    }
    int migrated = 0;
    List<Failure> failures = new ArrayList<>();
    List<ProcessDefinition> sources = new ArrayList<>(repository.createProcessDefinitionQuery()
        .processDefinitionKey(processKey).orderByProcessDefinitionVersion().asc().list());
    RETIRED.forEach((retired, successor) -> {
      if (successor.successor().equals(processKey)) {
        sources.addAll(repository.createProcessDefinitionQuery().processDefinitionKey(retired)
            .orderByProcessDefinitionVersion().asc().list());
      }
    });
    for (ProcessDefinition source : sources) {
      if (source.getId().equals(target.getId())) {
        continue;
      }
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
          .orderByProcessInstanceId().asc().list();
      if (instances.isEmpty()) {
        continue;
      }
      MigrationPlan plan;
      try {
        plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().updateEventTriggers()
            .build();
      } catch (MigrationPlanValidationException e) {
        instances.forEach(instance -> failures.add(new Failure(instance.getId(), instance.getBusinessKey(),
            source.getVersion(), "Rencana migrasi versi " + source.getVersion() + " tidak valid: " + e.getMessage())));
        continue;
      }
      for (ProcessInstance instance : instances) {
        try {
          Retired retired = RETIRED.get(source.getKey());
          if (retired != null) {
            // set first: harmless on the old model, and the new one never runs without them
            runtime.setVariables(instance.getId(), retired.variables());
          }
          for (InstanceUpgrade upgrade : upgrades) {
            if (upgrade.processKey().equals(source.getKey())) {
              // also set first; if the move then fails, the instance keeps them but stays on its version
              runtime.setVariables(instance.getId(),
                  upgrade.variablesBeforeMigration(source.getId(), instance.getId()));
            }
          }
          runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();
          migrated++;
        } catch (ProcessEngineException e) {
          failures.add(new Failure(instance.getId(), instance.getBusinessKey(), source.getVersion(), e.getMessage()));
        }
      }
    }
    return new Report(processKey, target.getVersion(), migrated, failures);
  }
}
