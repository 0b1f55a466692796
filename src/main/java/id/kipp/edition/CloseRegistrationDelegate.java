package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_KEY;
import static id.kipp.edition.EditionVariables.REGISTERED_COUNT;

import id.kipp.shared.Processes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Tutup pendaftaran": from now on registrations for this edition are refused (the window check in
 * "Validasi pendaftaran"); counts the entries registered, which screening must now finish.
 */
@Component("closeRegistrationDelegate")
public class CloseRegistrationDelegate implements JavaDelegate {

  private final EditionRecords records;

  public CloseRegistrationDelegate(EditionRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    long registered = execution.getProcessEngineServices().getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKeyLike(editionKey + "-%")
        .count();
    execution.setVariable(REGISTERED_COUNT, registered);
    execution.setVariable("registrationClosed", true);
    records.save(editionKey, execution.getProcessInstanceId(), execution);
  }
}
