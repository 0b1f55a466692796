package id.kipp.evaluation.scoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The entry a juror's task belongs to: the juror's own instance ("penilaian-juri", "penilaian-presentasi") is called by
 * the entry's instance and carries the entry's key as its business key. What a score is recorded for comes from there —
 * never from a variable of the juror's instance, which a client could have sent.
 */
public final class CallingEntry {

  private CallingEntry() {}

  /** The entry's execution that called this juror's instance (or the instance itself when nothing called it). */
  public static DelegateExecution of(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    return caller != null ? caller : execution;
  }
}
