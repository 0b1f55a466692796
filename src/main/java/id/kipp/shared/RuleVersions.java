package id.kipp.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
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

  /**
   * Rows of settings tables (decisions whose only input is the edition key) read from a pinned version, per engine
   * (its DecisionService), decision, version and edition. A deployed version never changes, so it is evaluated once
   * instead of at every use: each evaluation also writes decision history rows (the rubric alone wrote 640,000 rows,
   * a fifth of the database, in the benchmark's national edition). Deleting a deployment and deploying another table
   * under the same version number needs a restart.
   */
  private static final Map<DecisionService, Map<String, List<Map<String, Object>>>> PINNED_ROWS =
      Collections.synchronizedMap(new WeakHashMap<>());

  /**
   * The rows of the settings table {@code decisionKey} for {@code editionKey} (its only input) in the given version;
   * a pinned version is read once (see {@link #PINNED_ROWS}), without one (null) the latest is evaluated every time.
   */
  public static List<Map<String, Object>> settingsRows(DecisionService decisions, String decisionKey, Integer version,
      String editionKey) {
    String edition = editionKey == null ? "" : editionKey;
    if (version == null) {
      return rows(evaluate(decisions, decisionKey, null, Map.of("editionKey", edition)));
    }
    return PINNED_ROWS.computeIfAbsent(decisions, service -> new ConcurrentHashMap<>())
        .computeIfAbsent(decisionKey + "/" + version + "/" + edition,
            key -> rows(evaluate(decisions, decisionKey, version, Map.of("editionKey", edition))));
  }

  /**
   * The rows of a pinned version of {@code decisionKey} for a few fixed inputs (an edition and one of its groups, never
   * a participant's own data), evaluated once per engine, version and inputs like {@link #settingsRows}; without a
   * pinned version (null) the latest is evaluated every time. A registration read its edition's eligibility rule this
   * way at every submission, with four decision history rows each time (docs/performance.md).
   */
  public static List<Map<String, Object>> pinnedRows(DecisionService decisions, String decisionKey, Integer version,
      Map<String, Object> inputs) {
    if (version == null) {
      return rows(evaluate(decisions, decisionKey, null, inputs));
    }
    return PINNED_ROWS.computeIfAbsent(decisions, service -> new ConcurrentHashMap<>())
        .computeIfAbsent(decisionKey + "/" + version + "/" + new java.util.TreeMap<>(inputs),
            key -> rows(evaluate(decisions, decisionKey, version, inputs)));
  }

  /** The single row of a settings table for an edition (see {@link #settingsRows}). */
  public static Map<String, Object> settingsRow(DecisionService decisions, String decisionKey, Integer version,
      String editionKey) {
    List<Map<String, Object>> rows = settingsRows(decisions, decisionKey, version, editionKey);
    if (rows.size() != 1) {
      throw new IllegalStateException("DMN " + decisionKey + (version == null ? "" : " version " + version)
          + " gives " + rows.size() + " rows for edition '" + (editionKey == null ? "" : editionKey)
          + "'; exactly one is expected");
    }
    return rows.get(0);
  }

  private static List<Map<String, Object>> rows(DmnDecisionResult result) {
    return result.getResultList().stream()
        .map(row -> Collections.unmodifiableMap(new LinkedHashMap<>(row))).toList();
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
