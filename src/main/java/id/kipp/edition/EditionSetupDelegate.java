package id.kipp.edition;

import static id.kipp.edition.EditionVariables.ASSIGNED_COUNT;
import static id.kipp.edition.EditionVariables.BLIND_REVIEW;
import static id.kipp.edition.EditionVariables.DESK_EVALUATED_COUNT;
import static id.kipp.edition.EditionVariables.EDITION_CODE;
import static id.kipp.edition.EditionVariables.EDITION_KEY;
import static id.kipp.edition.EditionVariables.EVALUATION_DUE_AT;
import static id.kipp.edition.EditionVariables.FINALISTS_PER_GROUP;
import static id.kipp.edition.EditionVariables.FINALIST_COUNT;
import static id.kipp.edition.EditionVariables.JURORS;
import static id.kipp.edition.EditionVariables.JURORS_PER_ENTRY;
import static id.kipp.edition.EditionVariables.MAX_ENTRIES_PER_JUROR;
import static id.kipp.edition.EditionVariables.PASSED_COUNT;
import static id.kipp.edition.EditionVariables.PRESENTATION_AT;
import static id.kipp.edition.EditionVariables.PRESENTED_COUNT;
import static id.kipp.edition.EditionVariables.REGISTERED_COUNT;
import static id.kipp.edition.EditionVariables.REGISTRATION_CLOSES_AT;
import static id.kipp.edition.EditionVariables.SCREENED_COUNT;
import static id.kipp.edition.EditionVariables.WINNERS_PER_GROUP;
import static id.kipp.edition.EditionVariables.YEAR;

import id.kipp.shared.CompetitionCalendar;
import id.kipp.shared.JsonVariable;
import id.kipp.shared.Processes;
import id.kipp.shared.RuleVersions;
import id.kipp.shared.RuleViolation;
import id.kipp.shared.Vars;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** "Validasi pengaturan edisi": checks the start form, sets the business key (e.g. MALANG-2019) and the typed settings. */
@Component("editionSetupDelegate")
public class EditionSetupDelegate implements JavaDelegate {

  private final EditionSetupService service = new EditionSetupService();
  private final CompetitionCalendar calendar;
  private final EntryNumbers entryNumbers;
  private final EditionLock editionLock;
  private final EditionTally editionTally;
  private final EditionRecords records;

  public EditionSetupDelegate(CompetitionCalendar calendar, EntryNumbers entryNumbers, EditionLock editionLock,
      EditionTally editionTally, EditionRecords records) {
    this.calendar = calendar;
    this.entryNumbers = entryNumbers;
    this.editionLock = editionLock;
    this.editionTally = editionTally;
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    List<String> jurorGroup = engine.getIdentityService().createUserQuery().memberOfGroup(Processes.JUROR_GROUP)
        .orderByUserId().asc().list().stream().map(User::getId).toList();
    EditionSettings settings = service.validate(execution.getVariables(), jurorGroup, calendar.today());

    long existing = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(engine.getRepositoryService()))
        .processInstanceBusinessKey(settings.editionKey()).count();
    if (existing > 0) {
      throw new RuleViolation("Edisi " + settings.editionKey() + " sudah pernah dibuka. Gunakan kode atau tahun lain.");
    }

    execution.setProcessBusinessKey(settings.editionKey());
    execution.setVariable(EDITION_KEY, settings.editionKey());
    execution.setVariable(EDITION_CODE, settings.code());
    execution.setVariable(YEAR, (long) settings.year());
    execution.setVariable("groups", Vars.jsonList(settings.groups()));
    execution.setVariable(JURORS, Vars.jsonList(settings.jurors()));
    execution.setVariable("registrationOpensAt", calendar.startOfDay(settings.registrationOpens()));
    execution.setVariable(REGISTRATION_CLOSES_AT, calendar.endOfDay(settings.registrationCloses()));
    execution.setVariable(EVALUATION_DUE_AT, calendar.endOfDay(settings.evaluationDeadline()));
    execution.setVariable(PRESENTATION_AT, calendar.endOfDay(settings.presentationDate()));
    execution.setVariable(FINALISTS_PER_GROUP, (long) settings.finalistsPerGroup());
    execution.setVariable(WINNERS_PER_GROUP, (long) settings.winnersPerGroup());
    execution.setVariable(JURORS_PER_ENTRY, (long) settings.jurorsPerEntry());
    execution.setVariable(MAX_ENTRIES_PER_JUROR, settings.maxEntriesPerJuror() == null ? null : (long) settings.maxEntriesPerJuror());
    // blind desk evaluation unless the secretariat switched it off
    Object blind = execution.getVariable(BLIND_REVIEW);
    execution.setVariable(BLIND_REVIEW, blind == null || Vars.flag(blind));
    OptionalStages stages = service.optionalStages(execution.getVariables());
    execution.setVariable(OptionalStages.PUBLIC_OBJECTION, stages.publicObjection());
    execution.setVariable(OptionalStages.FIELD_VERIFICATION, stages.fieldVerification());
    execution.setVariable(OptionalStages.OBJECTION_DAYS, (long) stages.objectionDays());
    // the edition's own quotas per group (ahead of DMN kuota-kelompok), checked and normalised, as JSON
    execution.setVariable(GroupQuotaRows.VARIABLE, SpinValues.jsonValue(JsonVariable.tree(
        GroupQuotaRows.asMaps(service.groupQuotas(execution.getVariables(), settings.groups()))).toString()).create());
    CertificateSignatory signatory = service.certificateSignatory(execution.getVariables());
    execution.setVariable(CertificateSignatory.PLACE, signatory.place());
    execution.setVariable(CertificateSignatory.SIGNATORY_ROLE, signatory.signatoryRole());
    execution.setVariable(CertificateSignatory.SIGNATORY_NAME, signatory.signatoryName());
    execution.setVariable("lastEntryNumber", 0L);
    execution.setVariable(RuleVersions.VARIABLE, Vars.json(RuleVersions.latest(engine.getRepositoryService())));
    for (String counter : List.of(REGISTERED_COUNT, SCREENED_COUNT, PASSED_COUNT, ASSIGNED_COUNT,
        DESK_EVALUATED_COUNT, FINALIST_COUNT, PRESENTED_COUNT)) {
      execution.setVariable(counter, 0L);
    }
    // the edition's entry-number sequence, lock row and tally rows, in this transaction: registrations and reports
    // then never create them concurrently
    entryNumbers.prepare(settings.editionKey(), 0);
    editionLock.prepare(settings.editionKey());
    editionTally.prepare(settings.editionKey());
    records.save(settings.editionKey(), execution.getProcessInstanceId(), execution);
  }
}
