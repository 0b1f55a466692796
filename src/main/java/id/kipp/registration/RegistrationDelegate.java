package id.kipp.registration;

import id.kipp.edition.EditionDirectory;
import id.kipp.edition.EditionView;
import id.kipp.edition.EntryNumbers;
import id.kipp.identity.Agencies;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.KippProperties;
import id.kipp.shared.Processes;
import id.kipp.shared.RuleVersions;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Validasi pendaftaran": runs in the same transaction as the registration form, so a refused registration stores
 * nothing and the participant sees every problem at once. An accepted one gets its number in the edition and the
 * business key {@code <edition>-<number>}, e.g. MALANG-2019-0007.
 */
@Component("registrationDelegate")
public class RegistrationDelegate implements JavaDelegate {

  private final RegistrationRules rules;
  private final CompetitionCalendar calendar;
  private final EntryNumbers entryNumbers;

  public RegistrationDelegate(KippProperties properties, CompetitionCalendar calendar, EntryNumbers entryNumbers) {
    this.rules = new RegistrationRules(properties.registration().maxFileSizeBytes(),
        properties.registration().maxTextLength(), properties.registration().maxTitleLength());
    this.calendar = calendar;
    this.entryNumbers = entryNumbers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    EditionDirectory directory = new EditionDirectory(engine);
    String editionKey = execution.getVariable("editionKey") == null ? "" : execution.getVariable("editionKey").toString().trim();
    EditionView edition = directory.find(editionKey).orElseThrow(() -> new RuleViolation(
        "Edisi kompetisi \"" + editionKey + "\" tidak ditemukan atau sudah selesai."));
    Date now = Date.from(calendar.now());
    if (!edition.registrationOpenAt(now)) {
      java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")
          .withZone(calendar.zone());
      throw new RuleViolation("Pendaftaran edisi " + edition.editionKey() + " tidak sedang dibuka (dibuka "
          + day.format(edition.registrationOpensAt().toInstant()) + " sampai "
          + day.format(edition.registrationClosesAt().toInstant()) + ").");
    }

    // A participant registers for their own agency: its name as kept in Camunda Admin is the one that counts.
    Agencies.agencyOf(engine.getIdentityService(), (String) execution.getVariable("registeredBy")).ifPresent(agency -> {
      execution.setVariable("agency", agency.getName());
      execution.setVariable("agencyId", agency.getId());
    });
    Registration registration = RegistrationReader.read(execution);
    List<String> problems = new ArrayList<>(rules.check(registration, edition.groups(), calendar.today(), true));
    Object pinned = engine.getRuntimeService().getVariableTyped(edition.processInstanceId(), RuleVersions.VARIABLE);
    if (pinned != null) {
      execution.setVariable(RuleVersions.VARIABLE, pinned);
    }
    problems.addAll(Eligibility.forScope(engine.getDecisionService(), execution, edition.editionKey(),
        registration.field("group")).check(registration, calendar.today()));
    if (isDuplicate(engine, edition.editionKey(), registration, null)) {
      problems.add("Inovasi berjudul \"" + registration.field("title") + "\" dari " + registration.field("agency")
          + " sudah terdaftar pada edisi ini.");
    }
    RuleViolation.throwIfAny(problems);

    long number = directory.nextEntryNumber(edition, entryNumbers);
    String entryKey = String.format("%s-%04d", edition.editionKey(), number);
    execution.setProcessBusinessKey(entryKey);
    execution.setVariable("editionKey", edition.editionKey());
    execution.setVariable("entryKey", entryKey);
    execution.setVariable("entryNumber", number);
    execution.setVariable("group", canonicalGroup(edition.groups(), registration.field("group")));
    execution.setVariable("submittedAt", now);
    execution.setVariable("entryProcessInstanceId", execution.getProcessInstanceId());
  }

  static String canonicalGroup(List<String> groups, String submitted) {
    return groups.stream().filter(g -> g.equalsIgnoreCase(submitted.trim())).findFirst().orElse(submitted.trim());
  }

  /**
   * Same agency and same title (ignoring case) in the same edition, other than {@code exceptInstanceId}. Starts from
   * the few entries that carry this title (the variable name is indexed), not from every entry of the edition: the
   * check then costs the same for the 3,000th registration as for the first (README, "Performance").
   */
  static boolean isDuplicate(ProcessEngineServices engine, String editionKey, Registration registration, String exceptInstanceId) {
    Set<String> sameTitle = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processDefinitionKey(Processes.ENTRY)
        .variableValueEquals("title", registration.field("title"))
        .matchVariableValuesIgnoreCase()
        .list().stream()
        .map(HistoricVariableInstance::getProcessInstanceId)
        .filter(id -> !id.equals(exceptInstanceId))
        .collect(Collectors.toSet());
    return !sameTitle.isEmpty() && engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(sameTitle)
        .processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKeyLike(editionKey + "-%")
        .variableValueEquals("agency", registration.field("agency"))
        .matchVariableValuesIgnoreCase()
        .count() > 0;
  }
}
