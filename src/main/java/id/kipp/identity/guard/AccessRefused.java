package id.kipp.identity.guard;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A command the caller's role may not run at all (e.g. a juror writing a variable, a participant correlating a
 * message). An {@link AuthorizationException}, so that the REST API answers HTTP 403 with this Bahasa message.
 */
public class AccessRefused extends AuthorizationException {

  public AccessRefused(String message) {
    super(message);
  }
}
