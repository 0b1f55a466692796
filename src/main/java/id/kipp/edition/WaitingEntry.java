package id.kipp.edition;

import java.util.Map;

/** An entry process waiting for a message from its edition, with the variables asked for. */
public record WaitingEntry(String processInstanceId, String executionId, String entryKey, Map<String, Object> variables) {

  public Object get(String name) {
    return variables.get(name);
  }
}
