package id.kipp.evaluation.ranking;

import static id.kipp.evaluation.EvaluationVariables.EDITION_KEY;
import static id.kipp.evaluation.EvaluationVariables.FINALISTS_PER_GROUP;
import static id.kipp.evaluation.EvaluationVariables.WINNERS_PER_GROUP;

import com.fasterxml.jackson.databind.JsonNode;
import id.kipp.edition.GroupQuotaRows;
import id.kipp.shared.JsonVariable;
import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Finalists and winners per group: the edition's own row for the group in its start form ({@code groupQuotas}, checked
 * when the edition opened), else DMN {@code kuota-kelompok} ({@code processes/kuota-kelompok.dmn}, rules shared across
 * editions) where it names a number for the group, otherwise the edition's {@code finalistsPerGroup} /
 * {@code winnersPerGroup}.
 */
public record GroupQuotas(Map<String, Integer> finalists, Map<String, Integer> winners) {

  public static final String DECISION_KEY = "kuota-kelompok";

  /** The quotas of every group of the edition of this process scope, in the version the edition pinned. */
  public static GroupQuotas forScope(DecisionService decisions, VariableScope edition) {
    String editionKey = (String) edition.getVariable(EDITION_KEY);
    int defaultFinalists = (int) Vars.whole(edition, FINALISTS_PER_GROUP, 1);
    int defaultWinners = (int) Vars.whole(edition, WINNERS_PER_GROUP, 1);
    Integer version = RuleVersions.pinned(edition, DECISION_KEY);
    Map<String, Integer> finalists = new LinkedHashMap<>();
    Map<String, Integer> winners = new LinkedHashMap<>();
    List<String> groups = Vars.textList(edition.getVariable("groups"));
    Map<String, JsonNode> editionRows = new LinkedHashMap<>();
    for (JsonNode row : JsonVariable.tree(edition.getVariable(GroupQuotaRows.VARIABLE))) {
      editionRows.put(row.path("group").asText(""), row);
    }
    for (String group : groups) {
      JsonNode own = editionRows.get(group);
      if (own != null && own.path("finalists").canConvertToInt() && own.path("winners").canConvertToInt()) {
        finalists.put(group, own.path("finalists").asInt());
        winners.put(group, own.path("winners").asInt());
        continue;
      }
      var result = RuleVersions.evaluate(decisions, DECISION_KEY, version,
          Map.of("editionKey", editionKey == null ? "" : editionKey, "group", group));
      Map<String, Object> row = result.isEmpty() ? Map.of() : result.getSingleResult().getEntryMap();
      Long groupFinalists = Vars.whole(row.get("finalists"));
      Long groupWinners = Vars.whole(row.get("winners"));
      finalists.put(group, groupFinalists == null ? defaultFinalists : groupFinalists.intValue());
      winners.put(group, groupWinners == null ? defaultWinners : groupWinners.intValue());
    }
    return new GroupQuotas(finalists, winners);
  }

  public int finalistsOf(String group, int fallback) {
    return finalists.getOrDefault(group, fallback);
  }

  public int winnersOf(String group, int fallback) {
    return winners.getOrDefault(group, fallback);
  }
}
