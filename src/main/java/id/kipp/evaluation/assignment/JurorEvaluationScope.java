package id.kipp.evaluation.assignment;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A juror's evaluation runs as its own process instance ("penilaian-juri"), called by the entry. It carries only what
 * the juror may see; the entry's full data (its agency, its current jurors) is read and written on the entry itself.
 */
final class JurorEvaluationScope {

  private JurorEvaluationScope() {}

  /** The entry's execution that called this evaluation (the execution itself when not called). */
  static DelegateExecution entry(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    return caller != null ? caller : execution;
  }
}
