package id.kipp.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Collection;
import java.util.Map;

/**
 * Reads a variable that a form submits as JSON (a form-js dynamic list or group: Tasklist sends a {@code Json}
 * variable, the engine returns it as a Spin node; the REST API or a test may send a JSON text, a list or a map) as
 * one Jackson tree. Anything that is not JSON reads as {@link MissingNode}.
 */
public final class JsonVariable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonVariable() {}

  /** The value as a JSON tree; null, blank text and text that is not JSON give {@link MissingNode}. */
  public static JsonNode tree(Object value) {
    if (value == null) {
      return MissingNode.getInstance();
    }
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    // a text, or a Spin JSON node (its toString() is its JSON text)
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /** Plain Java lists and maps for a JSON tree, e.g. to store as a JSON variable. */
  public static Object plain(JsonNode tree) {
    return JSON.convertValue(tree, Object.class);
  }
}
