package id.kipp.evaluation.scoring;

import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads the rubric from the DMN table {@code rubrik-penilaian} ({@code processes/rubrik-penilaian.dmn}). Organisers
 * change criteria, weights and scales there, in Camunda Modeler; rows can be limited to one edition by its key.
 */
public final class RubricService {

  public static final String DECISION_KEY = "rubrik-penilaian";

  /**
   * Rubrics read from a pinned version of the table, per engine (its DecisionService), version and edition. A
   * deployed version never changes, so it is evaluated once instead of at every score: each evaluation wrote about 80
   * decision history rows (640,000 rows, a fifth of the database, in the benchmark's national edition). Deleting a
   * deployment and deploying another table under the same version number needs a restart.
   */
  private static final Map<DecisionService, Map<String, Rubric>> PINNED =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final DecisionService decisionService;

  public RubricService(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Rubric forEdition(String editionKey) {
    return forEdition(editionKey, null);
  }

  /** The rubric of an edition from the given version of the table (null: the latest). */
  public Rubric forEdition(String editionKey, Integer version) {
    if (version == null) {
      return evaluate(editionKey, null);
    }
    Map<String, Rubric> cache = PINNED.computeIfAbsent(decisionService,
        service -> new java.util.concurrent.ConcurrentHashMap<>());
    return cache.computeIfAbsent(version + "/" + (editionKey == null ? "" : editionKey),
        key -> evaluate(editionKey, version));
  }

  private Rubric evaluate(String editionKey, Integer version) {
    DmnDecisionResult result = RuleVersions.evaluate(decisionService, DECISION_KEY, version,
        Map.of("editionKey", editionKey == null ? "" : editionKey));
    List<Criterion> criteria = result.getResultList().stream().map(RubricService::criterion).toList();
    return new Rubric(criteria);
  }

  /** The rubric pinned by the edition of this process scope ({@link RuleVersions}). */
  public Rubric forScope(VariableScope scope) {
    return forEdition((String) scope.getVariable("editionKey"), RuleVersions.pinned(scope, DECISION_KEY));
  }

  private static Criterion criterion(Map<String, Object> row) {
    return new Criterion(
        (String) row.get("criterion"), (String) row.get("criterionName"),
        (String) row.get("section"), (String) row.get("sectionName"),
        number(row, "sectionWeight"), number(row, "criterionWeight"),
        number(row, "minScore"), number(row, "maxScore"));
  }

  private static double number(Map<String, Object> row, String column) {
    Double value = Vars.decimal(row.get(column));
    if (value == null) {
      throw new IllegalStateException("Rubric DMN row " + row.get("criterion") + " has no value in column " + column);
    }
    return value;
  }
}
