package id.kipp.objection;

import java.util.Map;

/** A public objection that is not stored: the messages by field ("" for the whole form) and the HTTP status. */
public class ObjectionRefused extends RuntimeException {

  private final int status;
  private final Map<String, String> problems;

  public ObjectionRefused(int status, Map<String, String> problems) {
    super(String.join(" ", problems.values()));
    this.status = status;
    this.problems = Map.copyOf(problems);
  }

  public int status() {
    return status;
  }

  public Map<String, String> problems() {
    return problems;
  }
}
