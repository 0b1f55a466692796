package id.kipp.shared;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input or state that breaks a competition rule. The message is in Bahasa Indonesia and reaches the person
 * who submitted the form (Tasklist shows it); the engine rolls the transaction back, so nothing is lost or half-done.
 * A {@link BadUserRequestException}: the REST API answers 400 and the engine does not log it as an error (the engine
 * API's answers are made Bahasa-only by {@code identity.guard.EngineApiErrorFilter}).
 */
public class RuleViolation extends BadUserRequestException {

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
