package id.kipp.edition;

import static id.kipp.edition.EditionVariables.EDITION_KEY;
import static id.kipp.edition.EditionVariables.SCREENING_OUTCOME;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.ThrowEvent;
import org.springframework.stereotype.Component;

/**
 * Message throw events of the entry ("Laporkan ... ke edisi"): reports that the entry is done with a stage to its
 * edition. Modelled asynchronous with retries, so a busy edition only delays it.
 *
 * <p>An edition of the current model counts the report in its tally ({@link StageCompletion}, table
 * {@code edition_tally}) as the job's transaction commits; the edition instance is touched only by the last report of
 * a stage. An edition still
 * running on a model deployed before (its event sub-processes "Hasil seleksi inovasi diterima" etc. start on the
 * message) gets the message as before: the report takes the edition's {@link EditionLock} first, so reports change
 * the edition's counters one after the other.
 */
@Component("notifyEditionDelegate")
public class NotifyEditionDelegate implements JavaDelegate {

  private final EditionLock editionLock;
  private final StageCompletion stageCompletion;
  /** Per edition process definition and message: does the definition start an event sub-process on it? */
  private final Map<String, Boolean> catchesMessage = new ConcurrentHashMap<>();

  public NotifyEditionDelegate(EditionLock editionLock, StageCompletion stageCompletion) {
    this.editionLock = editionLock;
    this.stageCompletion = stageCompletion;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String editionKey = (String) execution.getVariable(EDITION_KEY);
    String messageName = messageName((ThrowEvent) execution.getBpmnModelElementInstance());
    boolean passed = "LOLOS".equals(execution.getVariable(SCREENING_OUTCOME));
    ProcessEngineServices engine = execution.getProcessEngineServices();
    HistoricProcessInstance edition = StageCompletion.edition(engine, editionKey);
    ReportedStage stage = ReportedStage.ofMessage(messageName).orElse(null);
    if (stage != null && !catchesMessage(engine, edition.getProcessDefinitionId(), messageName)) {
      stageCompletion.reported(engine, edition, stage, execution.getProcessBusinessKey(), passed);
      return;
    }
    editionLock.lock(editionKey);
    engine.getRuntimeService().createMessageCorrelation(messageName)
        .processInstanceBusinessKey(editionKey)
        .setVariableLocal("reportedEntryKey", execution.getProcessBusinessKey())
        .setVariableLocal("screeningPassed", passed)
        .correlate();
  }

  private boolean catchesMessage(ProcessEngineServices engine, String definitionId, String messageName) {
    return catchesMessage.computeIfAbsent(definitionId + "/" + messageName, key ->
        engine.getRepositoryService().getBpmnModelInstance(definitionId).getModelElementsByType(StartEvent.class)
            .stream()
            .flatMap(start -> start.getEventDefinitions().stream())
            .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
            .anyMatch(definition -> definition.getMessage() != null
                && messageName.equals(definition.getMessage().getName())));
  }

  private static String messageName(ThrowEvent event) {
    return event.getEventDefinitions().stream()
        .filter(MessageEventDefinition.class::isInstance).map(MessageEventDefinition.class::cast)
        .map(definition -> definition.getMessage().getName())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(event.getId() + " has no message"));
  }
}
