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

  /** The rules for the entry's edition and group, in the version the edition pinned. */
  public static Eligibility forScope(DecisionService decisions, VariableScope scope, String editionKey, String group) {
    var result = RuleVersions.evaluate(decisions, DECISION_KEY, RuleVersions.pinned(scope, DECISION_KEY),
        Map.of("editionKey", editionKey == null ? "" : editionKey, "group", group == null ? "" : group));
    Long months = Vars.whole(result.getSingleResult().getEntryMap().get("minMonthsImplemented"));
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
