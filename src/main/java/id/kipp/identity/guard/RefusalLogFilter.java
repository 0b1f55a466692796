package id.kipp.identity.guard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps refusals out of the error log: the engine logs every failed command (ENGINE-16004, with a stack trace of
 * ~180 lines) and the REST API every 5xx answer, also when the failure is only a user's input that a rule refused.
 * Those entries are dropped here; {@link EngineApiErrorFilter} logs each refusal once, at INFO, without a stack trace.
 * Unexpected errors are logged as before.
 */
final class RefusalLogFilter extends TurboFilter {

  static final String NAME = "kipp-refusals";

  RefusalLogFilter() {
    setName(NAME);
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda.bpm")) {
      return FilterReply.NEUTRAL;
    }
    if (isRefusal(t)) {
      return FilterReply.DENY;
    }
    if (params != null) {
      for (Object param : params) {
        if (param instanceof Throwable throwable && isRefusal(throwable)
            || param instanceof String text && mentionsRefusal(text)) {
          return FilterReply.DENY;
        }
      }
    }
    return FilterReply.NEUTRAL;
  }

  /** The REST API logs a stack trace as text: a refusal shows in it by its class name. */
  private static boolean mentionsRefusal(String text) {
    return text.contains(id.kipp.shared.RuleViolation.class.getName()) || text.contains(AccessRefused.class.getName());
  }

  private static boolean isRefusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof id.kipp.shared.RuleViolation || cause instanceof AccessRefused) {
        return true;
      }
    }
    return false;
  }
}
