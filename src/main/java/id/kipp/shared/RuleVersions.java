package id.kipp.shared;

import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * An edition pins the versions of the rule tables (DMN) it started with, in its variable {@value #VARIABLE}
 * (decision key → version); its entries and juror evaluations carry a copy. A rule changed in Camunda Modeler and
 * deployed applies to editions opened afterwards, while running editions keep their rules. Without a pin (an edition
 * opened before pinning existed) the latest version applies.
 */
public final class RuleVersions {

  public static final String VARIABLE = "ruleVersions";

  private RuleVersions() {}

  /** The latest version of every deployed decision. */
  public static Map<String, Integer> latest(RepositoryService repository) {
    Map<String, Integer> versions = new TreeMap<>();
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().latestVersion().list()) {
      versions.put(definition.getKey(), definition.getVersion());
    }
    return versions;
  }

  /** The version of {@code decisionKey} pinned in the scope's {@value #VARIABLE}, or null for the latest. */
  public static Integer pinned(VariableScope scope, String decisionKey) {
    if (scope == null || !(scope.getVariable(VARIABLE) instanceof Map<?, ?> versions)) {
      return null;
    }
    return versions.get(decisionKey) instanceof Number number ? number.intValue() : null;
  }

  /** Evaluates a rule table in the given version (null: the latest) with the given inputs. */
  public static DmnDecisionResult evaluate(DecisionService decisions, String decisionKey, Integer version,
      Map<String, Object> inputs) {
    var evaluation = decisions.evaluateDecisionByKey(decisionKey).variables(inputs);
    if (version != null) {
      evaluation.version(version);
    }
    return evaluation.evaluate();
  }
}
