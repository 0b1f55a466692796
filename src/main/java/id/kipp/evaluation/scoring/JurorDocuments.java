package id.kipp.evaluation.scoring;

import id.kipp.shared.Processes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Service;

/**
 * The proposal PDFs a juror reads while scoring: only the two proposals (not the declaration), only of an entry the
 * juror has an open scoring task for (desk or presentation, assigned to them), and under a neutral name
 * ({@code MALANG-2019-0007-proposal-inovasi.pdf}) so that a blind edition stays blind whatever the participant named
 * the file. Read through the engine, so the bytes come from the document store.
 */
@Service
public class JurorDocuments {

  /** Variable name of the entry → the neutral file name's suffix. */
  static final Map<String, String> PROPOSALS = new LinkedHashMap<>();

  static {
    PROPOSALS.put("innovationProposalFile", "proposal-inovasi");
    PROPOSALS.put("performanceProposalFile", "proposal-kinerja");
  }

  static final List<String> SCORING_TASKS = List.of("Task_DeskEvaluation", "Task_PresentationEvaluation");

  public record Document(String fileName, FileValue file) {}

  private final TaskService tasks;
  private final RuntimeService runtime;

  public JurorDocuments(TaskService tasks, RuntimeService runtime) {
    this.tasks = tasks;
    this.runtime = runtime;
  }

  /** The document, or empty when it does not exist or the juror has no open scoring task of that entry. */
  public Optional<Document> find(String jurorId, String entryKey, String name) {
    String suffix = PROPOSALS.get(name);
    if (suffix == null || jurorId == null || entryKey == null || !hasOpenTask(jurorId, entryKey)) {
      return Optional.empty();
    }
    List<ProcessInstance> entries = runtime.createProcessInstanceQuery().processDefinitionKey(Processes.ENTRY)
        .processInstanceBusinessKey(entryKey).list();
    if (entries.size() != 1) {
      return Optional.empty();
    }
    if (runtime.getVariableTyped(entries.get(0).getId(), name) instanceof FileValue file && file.getValue() != null) {
      return Optional.of(new Document(entryKey + "-" + suffix + ".pdf", file));
    }
    return Optional.empty();
  }

  private boolean hasOpenTask(String jurorId, String entryKey) {
    return tasks.createTaskQuery().taskAssignee(jurorId).processInstanceBusinessKey(entryKey)
        .taskDefinitionKeyIn(SCORING_TASKS.toArray(String[]::new)).active().count() > 0;
  }
}
