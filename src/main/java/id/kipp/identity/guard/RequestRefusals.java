package id.kipp.identity.guard;

import id.kipp.shared.RuleViolation;

/**
 * What went wrong in the engine for the current HTTP request, so that {@link EngineApiErrorFilter} can answer with the
 * Bahasa message of a rule violation instead of the REST API's English wrapper ("Cannot submit task form …: …").
 * Recorded by {@link CommandGuard} when a user's command fails; cleared at the start and end of each request.
 */
public final class RequestRefusals {

  private static final ThreadLocal<RuntimeException> LAST = new ThreadLocal<>();
  private static final ThreadLocal<String> USER = new ThreadLocal<>();

  private RequestRefusals() {}

  static void record(RuntimeException failure, String userId) {
    LAST.set(failure);
    USER.set(userId);
  }

  static void clear() {
    LAST.remove();
    USER.remove();
  }

  /** The user whose command failed in this request, for the log. */
  static String user() {
    return USER.get();
  }

  static RuntimeException last() {
    return LAST.get();
  }

  /** The rule violation in {@code failure}'s chain of causes, or null. */
  static RuleViolation violation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RuleViolation violation) {
        return violation;
      }
    }
    return null;
  }
}
