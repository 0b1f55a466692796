package id.kipp.edition;

import id.kipp.shared.Processes;
import id.kipp.shared.Vars;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Finds running editions by business key and hands out entry numbers. */
public final class EditionDirectory {

  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;

  public EditionDirectory(ProcessEngineServices engine) {
    this.runtimeService = engine.getRuntimeService();
    this.repositoryService = engine.getRepositoryService();
  }

  public Optional<EditionView> find(String editionKey) {
    if (editionKey == null || editionKey.isBlank()) {
      return Optional.empty();
    }
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKeyIn(Processes.editionKeys(repositoryService))
        .processInstanceBusinessKey(editionKey.trim()).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    Map<String, Object> v = runtimeService.getVariables(instance.getId());
    return Optional.of(new EditionView(instance.getId(), instance.getBusinessKey(), (String) v.get("editionName"),
        Vars.textList(v.get("groups")), Vars.textList(v.get("jurors")),
        (Date) v.get("registrationOpensAt"), (Date) v.get("registrationClosesAt"),
        (Date) v.get("evaluationDueAt"), (Date) v.get("presentationAt"),
        intOf(v.get("finalistsPerGroup")), intOf(v.get("winnersPerGroup")), intOf(v.get("jurorsPerEntry")),
        Boolean.TRUE.equals(v.get("registrationClosed"))));
  }

  /**
   * Next number of an entry in its edition. The counter lives on the edition instance, so two registrations at the
   * same moment conflict (optimistic locking) instead of getting the same number; the loser is asked to retry.
   */
  public long nextEntryNumber(EditionView edition) {
    Long last = Vars.whole(runtimeService.getVariable(edition.processInstanceId(), "lastEntryNumber"));
    long next = (last == null ? 0 : last) + 1;
    runtimeService.setVariable(edition.processInstanceId(), "lastEntryNumber", next);
    return next;
  }

  private static int intOf(Object value) {
    Long whole = Vars.whole(value);
    return whole == null ? 0 : whole.intValue();
  }
}
