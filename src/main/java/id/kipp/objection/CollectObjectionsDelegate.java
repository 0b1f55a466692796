package id.kipp.objection;

import static id.kipp.objection.ObjectionVariables.HAS_OBJECTIONS;
import static id.kipp.objection.ObjectionVariables.OBJECTION_CHOICES;
import static id.kipp.objection.ObjectionVariables.OBJECTION_DECISIONS;
import static id.kipp.objection.ObjectionVariables.OBJECTION_SUMMARY;

import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Kumpulkan sanggahan", when the objection period is over (the secretariat finished recording or the period ended):
 * the secretariat's objections and the public's confirmed ones, numbered, become {@code objectionList}; the decision
 * task gets them as a table ({@code objectionSummary}), as choices ({@code objectionChoices}) and as one prepared row
 * per objection in its dynamic list ({@code objectionDecisions}, a {@code Json} variable as Tasklist submits it).
 */
@Component("collectObjectionsDelegate")
public class CollectObjectionsDelegate implements JavaDelegate {

  private final PublicObjectionRepository repository;

  public CollectObjectionsDelegate(PublicObjectionRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Map<String, String>> secretariat = JsonRows.of(execution.getVariable("secretariatObjections"));
    List<PublicObjectionRepository.Stored> confirmed = repository.confirmedOf(execution.getProcessInstanceId());
    List<Map<String, String>> objections = ObjectionList.of(secretariat == null ? List.of() : secretariat, confirmed);
    execution.setVariables(forDecision(objections));
  }

  /** The variables of the decision task for these numbered objections (also used when version 1 is migrated). */
  static Map<String, Object> forDecision(List<Map<String, String>> objections) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("objectionList", Vars.json(objections));
    variables.put(OBJECTION_SUMMARY, ObjectionList.summary(objections));
    variables.put(OBJECTION_CHOICES, Vars.json(ObjectionList.choices(objections)));
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> objection : objections) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("objection", objection.get("no"));
      rows.add(row);
    }
    variables.put(OBJECTION_DECISIONS, SpinValues.jsonValue(ObjectionList.toJson(rows)).create());
    variables.put(HAS_OBJECTIONS, !objections.isEmpty());
    return variables;
  }
}
