package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_NAME;
import static id.kipp.edition.EditionVariables.EVALUATION_DUE_AT;
import static id.kipp.edition.EditionVariables.FINALISTS_PER_GROUP;
import static id.kipp.edition.EditionVariables.JURORS;
import static id.kipp.edition.EditionVariables.JURORS_PER_ENTRY;
import static id.kipp.edition.EditionVariables.PRESENTATION_AT;
import static id.kipp.edition.EditionVariables.REGISTRATION_CLOSES_AT;
import static id.kipp.edition.EditionVariables.WINNERS_PER_GROUP;

import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Finds running editions by business key and hands out entry numbers (with {@link EntryNumbers}). With the
 * {@link EditionRecords} (the registration's path) an edition is one row by key; without, or for an edition without a
 * row, the edition's process instance and its variables.
 */
public final class EditionDirectory {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final EditionRecords records;

  public EditionDirectory(ProcessEngineServices engine) {
    this(engine, null);
  }

  public EditionDirectory(ProcessEngineServices engine, EditionRecords records) {
    this.runtimeService = engine.getRuntimeService();
    this.repositoryService = engine.getRepositoryService();
    this.records = records;
  }

  private static final List<String> VIEW_VARIABLES = EditionRecords.VIEW_VARIABLES;

  public Optional<EditionView> find(String editionKey) {
    if (editionKey == null || editionKey.isBlank()) {
      return Optional.empty();
    }
    if (records != null) {
      Optional<EditionView> recorded = records.find(editionKey.trim());
      if (recorded.isPresent()) {
        return recorded;
      }
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repositoryService))
        .processInstanceBusinessKey(editionKey.trim()).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    // only the variables the view needs: the edition's others (assignment, rankings, timetable) are large JSON values
    // that every registration would otherwise read and deserialize
    Map<String, Object> v = runtimeService.getVariables(instance.getId(), VIEW_VARIABLES);
    return Optional.of(new EditionView(instance.getId(), instance.getBusinessKey(), (String) v.get(EDITION_NAME),
        Vars.textList(v.get("groups")), Vars.textList(v.get(JURORS)),
        (Date) v.get("registrationOpensAt"), (Date) v.get(REGISTRATION_CLOSES_AT),
        (Date) v.get(EVALUATION_DUE_AT), (Date) v.get(PRESENTATION_AT),
        intOf(v.get(FINALISTS_PER_GROUP)), intOf(v.get(WINNERS_PER_GROUP)), intOf(v.get(JURORS_PER_ENTRY)),
        Boolean.TRUE.equals(v.get("registrationClosed"))));
  }

  /**
   * Next number of an entry in its edition ({@link EntryNumbers}); editions opened before numbers moved to their table
   * continue after the edition variable {@code lastEntryNumber}.
   */
  public long nextEntryNumber(EditionView edition, EntryNumbers numbers) {
    // read only when this node has not yet seen the edition's sequence (start-up prepares every running edition's)
    return numbers.next(edition.editionKey(), () -> {
      Long last = Vars.whole(runtimeService.getVariable(edition.processInstanceId(), "lastEntryNumber"));
      return last == null ? 0 : last;
    });
  }

  private static int intOf(Object value) {
    Long whole = Vars.whole(value);
    return whole == null ? 0 : whole.intValue();
  }
}
