package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_KEY;
import static id.kipp.edition.EditionVariables.SCREENING_OUTCOME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.springframework.stereotype.Component;

/**
 * Message throw events of the entry ("Laporkan ... ke edisi"): sends the event's message to the entry's edition,
 * correlated by the edition's business key. Modelled asynchronous with retries, so a busy edition only delays it.
 * Reports of one edition take its {@link EditionLock} first and so change the edition's counters one after the other.
 */
@Component("notifyEditionDelegate")
public class NotifyEditionDelegate implements JavaDelegate {

  private final EditionLock editionLock;

  public NotifyEditionDelegate(EditionLock editionLock) {
    this.editionLock = editionLock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    editionLock.lock(editionKey);
    ThrowEvent event = (ThrowEvent) execution.getBpmnModelElementInstance();
    String messageName = event.getEventDefinitions().stream()
        .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
        .map(definition -> definition.getMessage().getName())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(event.getId() + " has no message"));
    execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceBusinessKey(editionKey)
        .setVariableLocal("reportedEntryKey", execution.getProcessBusinessKey())
        .setVariableLocal("screeningPassed", "LOLOS".equals(execution.getVariable(SCREENING_OUTCOME)))
        .correlate();
  }
}
