package id.kipp.objection;

import static id.kipp.objection.ObjectionVariables.PROPOSED_FINALISTS;
import static id.kipp.objection.ObjectionVariables.PROPOSED_FINALIST_CHOICES;

import id.kipp.shared.InstanceUpgrade;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Moving a uji-publik stage started on version 1 (no "Kumpulkan sanggahan"; its record listener numbered nothing and
 * set {@code objectionList}, {@code objectionSummary} and {@code hasObjections} itself; its decision form was a
 * textarea) to the latest version. Waiting at "Catat sanggahan" it needs the choices of the secretariat's dynamic
 * list; the latest model collects the objections when the period ends. Waiting at "Putuskan sanggahan" it gets what
 * "Kumpulkan sanggahan" would have prepared: version 1's objections numbered, followed by any public objection confirmed for the
 * stage, with the summary, the choices and one prepared decision row each.
 */
@Component
public class UjiPublikVersion1Upgrade implements InstanceUpgrade {

  static final String DECIDE_TASK = "Task_DecideObjections";

  private final ObjectionStages stages;
  private final RuntimeService runtime;
  private final PublicObjectionRepository repository;

  public UjiPublikVersion1Upgrade(ObjectionStages stages, RuntimeService runtime,
      PublicObjectionRepository repository) {
    this.stages = stages;
    this.runtime = runtime;
    this.repository = repository;
  }

  @Override
  public String processKey() {
    return ObjectionStages.PROCESS;
  }

  @Override
  public Map<String, Object> variablesBeforeMigration(String processDefinitionId, String processInstanceId) {
    if (stages.collectsPublicObjections(processDefinitionId)) {
      return Map.of();
    }
    List<String> waitingAt = runtime.getActiveActivityIds(processInstanceId);
    if (waitingAt.contains(ObjectionStages.RECORD_TASK)) {
      return Map.of(PROPOSED_FINALIST_CHOICES, Vars.json(ObjectionStages.choices(
          stages.finalists(Vars.textList(runtime.getVariable(processInstanceId, PROPOSED_FINALISTS))))));
    }
    if (waitingAt.contains(DECIDE_TASK)) {
      List<Map<String, String>> recorded = JsonRows.of(runtime.getVariable(processInstanceId, "objectionList"));
      if (recorded == null) {
        throw new RuleViolation("Daftar sanggahan uji publik ini tidak terbaca; tahap ini tidak dipindahkan.");
      }
      return CollectObjectionsDelegate.forDecision(
          ObjectionList.of(recorded, repository.confirmedOf(processInstanceId)));
    }
    return Map.of();
  }
}
