package id.kipp.registration;

import id.kipp.edition.EditionDirectory;
import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.KippProperties;
import id.kipp.shared.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of "Perbaiki pendaftaran": the revised registration must satisfy the same rules as a new one (a file
 * left empty keeps the earlier upload). The registration window does not apply: the revision deadline does.
 */
@Component("revisionValidator")
public class RevisionValidator implements TaskListener {

  private final RegistrationRules rules;
  private final CompetitionCalendar calendar;

  public RevisionValidator(KippProperties properties, CompetitionCalendar calendar) {
    this.rules = new RegistrationRules(properties.registration().maxFileSizeBytes(),
        properties.registration().maxTextLength(), properties.registration().maxTitleLength());
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    // the entry's edition is the one it was registered in (its business key <edition>-<number>), never the form's
    String businessKey = task.getExecution().getProcessBusinessKey();
    String editionKey = businessKey.substring(0, businessKey.lastIndexOf('-'));
    Object submitted = task.getVariable("editionKey");
    if (submitted != null && !editionKey.equals(submitted.toString().trim())) {
      throw new RuleViolation("Kode edisi tidak dapat diubah pada perbaikan: inovasi ini terdaftar pada edisi "
          + editionKey + ".");
    }
    List<String> groups = new EditionDirectory(task.getProcessEngineServices()).find(editionKey)
        .map(edition -> edition.groups()).orElse(List.of(String.valueOf(task.getVariable("group"))));
    Registration registration = RegistrationReader.read(task);
    List<String> problems = new ArrayList<>(rules.check(registration, groups, calendar.today(), true));
    problems.addAll(Eligibility.forScope(task.getProcessEngineServices().getDecisionService(), task, editionKey,
        registration.field("group")).check(registration, calendar.today()));
    if (RegistrationDelegate.isDuplicate(task.getProcessEngineServices(), editionKey, registration,
        task.getProcessInstanceId())) {
      problems.add("Inovasi berjudul \"" + registration.field("title") + "\" dari " + registration.field("agency")
          + " sudah terdaftar pada edisi ini.");
    }
    RuleViolation.throwIfAny(problems);
    task.setVariable("group", RegistrationDelegate.canonicalGroup(groups, registration.field("group")));
    task.setVariable("revisedAt", java.util.Date.from(calendar.now()));
    // the next screening starts from a blank decision, not from the request that was just answered
    task.setVariable("previousScreeningNote", task.getVariable("screeningNote"));
    task.setVariable("screeningOutcome", null);
    task.setVariable("screeningNote", null);
    task.setVariable("revisionDays", null);
  }
}
