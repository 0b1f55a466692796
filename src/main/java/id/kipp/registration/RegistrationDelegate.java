package id.kipp.registration;

import static id.kipp.registration.RegistrationVariables.AGENCY;
import static id.kipp.registration.RegistrationVariables.EDITION_KEY;
import static id.kipp.registration.RegistrationVariables.ENTRY_KEY;
import static id.kipp.registration.RegistrationVariables.ENTRY_PROCESS_INSTANCE_ID;
import static id.kipp.registration.RegistrationVariables.GROUP;
import static id.kipp.registration.RegistrationVariables.REGISTERED_BY;
import static id.kipp.shared.Vars.setIfChanged;

import id.kipp.shared.Bahasa;
import id.kipp.edition.EditionDirectory;
import id.kipp.edition.EditionRecords;
import id.kipp.edition.EditionView;
import id.kipp.edition.EntryNumbers;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.KippProperties;
import id.kipp.shared.RuleVersions;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * "Validasi pendaftaran": runs in the same transaction as the registration form, so a refused registration stores
 * nothing and the participant sees every problem at once. An accepted one gets its number in the edition and the
 * business key {@code <edition>-<number>}, e.g. MALANG-2019-0007, and its row in the {@link EntryRegistry}. The
 * registrant and its agency come from the login ({@link Registrant}).
 */
@Component("registrationDelegate")
public class RegistrationDelegate implements JavaDelegate {

  private final RegistrationRules rules;
  private final CompetitionCalendar calendar;
  private final EntryNumbers entryNumbers;
  private final EntryRegistry registry;
  private final EditionRecords editions;

  public RegistrationDelegate(KippProperties properties, CompetitionCalendar calendar, EntryNumbers entryNumbers,
      EntryRegistry registry, EditionRecords editions) {
    this.rules = new RegistrationRules(properties.registration().maxFileSizeBytes(),
        properties.registration().maxTextLength(), properties.registration().maxTitleLength());
    this.calendar = calendar;
    this.entryNumbers = entryNumbers;
    this.registry = registry;
    this.editions = editions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    EditionDirectory directory = new EditionDirectory(engine, editions);
    String editionKey = execution.getVariable(EDITION_KEY) == null ? "" : execution.getVariable(EDITION_KEY).toString().trim();
    EditionView edition = directory.find(editionKey).orElseThrow(() -> new RuleViolation(
        "Edisi kompetisi \"" + editionKey + "\" tidak ditemukan atau sudah selesai."));
    Date now = Date.from(calendar.now());
    if (!edition.registrationOpenAt(now)) {
      throw new RuleViolation("Pendaftaran edisi " + edition.editionKey() + " tidak sedang dibuka (dibuka "
          + Bahasa.dateTime(edition.registrationOpensAt().toInstant(), calendar.zone()) + " sampai "
          + Bahasa.dateTime(edition.registrationClosesAt().toInstant(), calendar.zone()) + ").");
    }

    // The registrant is the logged-in user and the agency its single agency group (Registrant), never a variable.
    Registrant registrant = Registrant.resolve(engine.getIdentityService(),
        (String) execution.getVariable(REGISTERED_BY), text(execution.getVariable(AGENCY)));
    setIfChanged(execution, REGISTERED_BY, registrant.userId());
    setIfChanged(execution, AGENCY, registrant.agencyName());
    if (registrant.agencyId() != null) {
      setIfChanged(execution, "agencyId", registrant.agencyId());
    }
    Registration registration = RegistrationReader.read(execution);
    List<String> problems = new ArrayList<>(rules.check(registration, edition.groups(), calendar.today(), true));
    // copied as the edition stores it (JSON), without deserializing and serializing it again for every registration
    TypedValue pinned = editionVariable(edition.processInstanceId(), RuleVersions.VARIABLE);
    if (pinned != null) {
      execution.setVariable(RuleVersions.VARIABLE, pinned);
    }
    problems.addAll(Eligibility.forScope(engine.getDecisionService(), execution, edition.editionKey(),
        registration.field("group"), edition.groups()).check(registration, calendar.today()));
    String agencyKey = EntryRecord.agencyKey(registrant.agencyId(), registration.field("agency"));
    if (!registration.field("title").isEmpty()
        && registry.sameTitle(edition.editionKey(), agencyKey, registration.field("title"), null).isPresent()) {
      problems.add(EntryRegistry.duplicateMessage(registration.field("title"), registration.field("agency")));
    }
    RuleViolation.throwIfAny(problems);

    long number = directory.nextEntryNumber(edition, entryNumbers);
    String entryKey = String.format("%s-%04d", edition.editionKey(), number);
    // the registry's unique constraint settles identical registrations sent at the same moment: one commits
    registry.add(new EntryRecord(entryKey, edition.editionKey(), number, agencyKey, registration.field("agency"),
        registration.field("title"), registrant.userId(), execution.getProcessInstanceId(), now.toInstant()));
    execution.setProcessBusinessKey(entryKey);
    setIfChanged(execution, EDITION_KEY, edition.editionKey());
    execution.setVariable(ENTRY_KEY, entryKey);
    execution.setVariable("entryNumber", number);
    setIfChanged(execution, GROUP, canonicalGroup(edition.groups(), registration.field("group")));
    execution.setVariable("submittedAt", now);
    execution.setVariable(ENTRY_PROCESS_INSTANCE_ID, execution.getProcessInstanceId());
  }

  /**
   * One variable of the edition instance, as stored (a JSON object stays serialized). Only that variable's row is
   * read: {@code RuntimeService.getVariableTyped} loads every variable of the edition's execution, about a fifteenth
   * of a registration's CPU in a deadline rush (docs/performance.md).
   */
  static TypedValue editionVariable(String editionInstanceId, String name) {
    List<VariableInstanceEntity> found = Context.getCommandContext().getVariableInstanceManager()
        .findVariableInstancesByExecutionIdAndVariableNames(editionInstanceId, List.of(name));
    return found.isEmpty() ? null : found.get(0).getTypedValue(false);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }

  static String canonicalGroup(List<String> groups, String submitted) {
    return groups.stream().filter(g -> g.equalsIgnoreCase(submitted.trim())).findFirst().orElse(submitted.trim());
  }
}
