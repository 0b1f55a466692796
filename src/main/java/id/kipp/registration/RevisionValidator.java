package id.kipp.registration;

import static id.kipp.registration.RegistrationVariables.AGENCY;
import static id.kipp.registration.RegistrationVariables.EDITION_KEY;
import static id.kipp.registration.RegistrationVariables.GROUP;
import static id.kipp.registration.RegistrationVariables.PREVIOUS_SCREENING_NOTE;
import static id.kipp.registration.RegistrationVariables.REVISION_DAYS;
import static id.kipp.registration.RegistrationVariables.SCREENING_NOTE;
import static id.kipp.registration.RegistrationVariables.SCREENING_OUTCOME;

import id.kipp.edition.EditionDirectory;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.KippProperties;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completion of "Perbaiki pendaftaran": the revised registration must satisfy the same rules as a new one (a file
 * left empty keeps the earlier upload). The registration window does not apply: the revision deadline does. Only the
 * task's assignee revises (administrators included), the agency stays the registered one, and the entry registry's
 * title follows the revised title (a revision into a duplicate is refused like a registration).
 */
@Component("revisionValidator")
public class RevisionValidator implements TaskListener {

  private final RegistrationRules rules;
  private final CompetitionCalendar calendar;
  private final EntryRegistry registry;

  public RevisionValidator(KippProperties properties, CompetitionCalendar calendar, EntryRegistry registry) {
    this.rules = new RegistrationRules(properties.registration().maxFileSizeBytes(),
        properties.registration().maxTextLength(), properties.registration().maxTitleLength());
    this.calendar = calendar;
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    // the entry's edition is the one it was registered in (its business key <edition>-<number>), never the form's
    String businessKey = task.getExecution().getProcessBusinessKey();
    String editionKey = businessKey.substring(0, businessKey.lastIndexOf('-'));
    Object submitted = task.getVariable(EDITION_KEY);
    if (submitted != null && !editionKey.equals(submitted.toString().trim())) {
      throw new RuleViolation("Kode edisi tidak dapat diubah pada perbaikan: inovasi ini terdaftar pada edisi "
          + editionKey + ".");
    }
    // only the task's assignee (the registrant) revises; the entry keeps the agency it was registered for
    Authentication login = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (login != null && login.getUserId() != null && !login.getUserId().equals(task.getAssignee())) {
      throw new RuleViolation("Perbaikan pendaftaran hanya dapat dikirim oleh pendaftarnya ("
          + (task.getAssignee() == null ? "belum ditentukan" : task.getAssignee()) + ").");
    }
    String entryKey = businessKey;
    EntryRecord row = registry.find(entryKey).orElse(null);
    if (row != null) {
      task.setVariable(AGENCY, row.agencyName());
    }
    List<String> groups = new EditionDirectory(task.getProcessEngineServices()).find(editionKey)
        .map(edition -> edition.groups()).orElse(List.of(String.valueOf(task.getVariable(GROUP))));
    Registration registration = RegistrationReader.read(task);
    List<String> problems = new ArrayList<>(rules.check(registration, groups, calendar.today(), true));
    problems.addAll(Eligibility.forScope(task.getProcessEngineServices().getDecisionService(), task, editionKey,
        registration.field("group"), groups).check(registration, calendar.today()));
    String agencyKey = row != null ? row.agencyId()
        : EntryRecord.agencyKey((String) task.getVariable("agencyId"), registration.field("agency"));
    if (!registration.field("title").isEmpty()
        && registry.sameTitle(editionKey, agencyKey, registration.field("title"), entryKey).isPresent()) {
      problems.add(EntryRegistry.duplicateMessage(registration.field("title"), registration.field("agency")));
    }
    RuleViolation.throwIfAny(problems);
    if (row != null) {
      registry.retitle(row, registration.field("title"));
    }
    Vars.setIfChanged(task, GROUP, RegistrationDelegate.canonicalGroup(groups, registration.field("group")));
    task.setVariable("revisedAt", java.util.Date.from(calendar.now()));
    // the next screening starts from a blank decision, not from the request that was just answered
    task.setVariable(PREVIOUS_SCREENING_NOTE, task.getVariable(SCREENING_NOTE));
    task.setVariable(SCREENING_OUTCOME, null);
    task.setVariable(SCREENING_NOTE, null);
    task.setVariable(REVISION_DAYS, null);
  }
}
