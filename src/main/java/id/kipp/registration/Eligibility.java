package id.kipp.registration;

import id.kipp.shared.Bahasa;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.RuleVersions;
import id.kipp.shared.Vars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The eligibility rules of DMN {@code kelayakan-peserta} ({@code processes/kelayakan-peserta.dmn}), per edition and
 * group: how long the innovation must already be in service (default 12 months).
 */
public record Eligibility(int minMonthsImplemented) {

  public static final String DECISION_KEY = "kelayakan-peserta";

  /** The rules for the entry's edition and group, in the version the edition pinned (evaluated every time). */
  public static Eligibility forScope(DecisionService decisions, VariableScope scope, String editionKey, String group) {
    return forScope(decisions, scope, editionKey, group, List.of());
  }

  /**
   * The same, read once per pinned version, edition and group when {@code group} is one of the edition's
   * {@code groups} ({@link RuleVersions#pinnedRows}: a deployed version never changes); any other group text a
   * participant sends is evaluated as it is, so that no submission can grow the cache.
   */
  public static Eligibility forScope(DecisionService decisions, VariableScope scope, String editionKey, String group,
      List<String> groups) {
    Map<String, Object> inputs = Map.of("editionKey", editionKey == null ? "" : editionKey, "group",
        group == null ? "" : group);
    Integer version = RuleVersions.pinned(scope, DECISION_KEY);
    List<Map<String, Object>> rows = groups.contains(group)
        ? RuleVersions.pinnedRows(decisions, DECISION_KEY, version, inputs)
        : RuleVersions.evaluate(decisions, DECISION_KEY, version, inputs).getResultList().stream()
            .map(row -> (Map<String, Object>) new java.util.LinkedHashMap<String, Object>(row)).toList();
    if (rows.isEmpty()) {
      throw new IllegalStateException("DMN " + DECISION_KEY + " gives no row for edition '" + inputs.get("editionKey")
          + "', group '" + inputs.get("group") + "'");
    }
    Long months = Vars.whole(rows.get(0).get("minMonthsImplemented"));
    return new Eligibility(months == null ? 0 : months.intValue());
  }

  /** Problems, in Bahasa Indonesia; empty when the registration is eligible on {@code today}. */
  public List<String> check(Registration registration, LocalDate today) {
    List<String> problems = new ArrayList<>();
    LocalDate since = CompetitionCalendar.parseDay(registration.field("implementedSince"));
    LocalDate latest = today.minusMonths(minMonthsImplemented);
    if (since != null && !since.isAfter(today) && since.isAfter(latest)) {
      problems.add("Inovasi baru diterapkan sejak " + Bahasa.date(since) + ". Syarat kompetisi ini: sudah diterapkan minimal "
          + minMonthsImplemented + " bulan, yaitu paling lambat sejak " + Bahasa.date(latest) + ".");
    }
    return problems;
  }
}
