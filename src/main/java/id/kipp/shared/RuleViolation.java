package id.kipp.shared;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Input or state that breaks a competition rule. The message is in Bahasa Indonesia and reaches the person
 * who submitted the form (Tasklist shows it); the engine rolls the transaction back, so nothing is lost or half-done.
 */
public class RuleViolation extends ProcessEngineException {

  private final List<String> problems;

  public RuleViolation(String problem) {
    this(List.of(problem));
  }

  public RuleViolation(List<String> problems) {
    super(String.join(" ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }

  /** Throws when at least one problem was collected. */
  public static void throwIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      throw new RuleViolation(problems);
    }
  }
}
