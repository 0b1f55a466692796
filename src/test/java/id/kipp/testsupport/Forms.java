package id.kipp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The field keys of the deployed forms, read from the files in forms/ (as packaged on the classpath). */
public final class Forms {

  private static final Map<String, Set<String>> CAMUNDA_FORM_KEYS = new HashMap<>();
  private static final String[] FILES = {"edisi-baru", "seleksi-administrasi", "penilaian-proposal",
      "penilaian-presentasi", "penetapan", "tindak-lanjut-penetapan", "tutup-pendaftaran", "tinjau-penugasan",
      "kendala-penugasan", "konsensus-penilaian", "penilaian-terlambat", "sanggahan-uji-publik", "putusan-sanggahan",
      "verifikasi-lapangan", "jadwal-presentasi", "rilis-hasil"};

  private Forms() {}

  /** Keys of the input fields of the Camunda Form with the given form id (e.g. form-seleksi-administrasi). */
  public static synchronized Set<String> camundaFormKeys(String formId) {
    if (CAMUNDA_FORM_KEYS.isEmpty()) {
      for (String file : FILES) {
        JsonNode form = read("forms/" + file + ".form");
        Set<String> keys = new TreeSet<>();
        collect(form, keys);
        CAMUNDA_FORM_KEYS.put(form.get("id").asText(), keys);
      }
    }
    Set<String> keys = CAMUNDA_FORM_KEYS.get(formId);
    if (keys == null) {
      throw new AssertionError("No form with id " + formId + " in forms/");
    }
    return keys;
  }

  /** The columns of each dynamic list of the Camunda Form with the given id: path → keys of the list's fields. */
  public static Map<String, Set<String>> camundaListColumns(String formId) {
    camundaFormKeys(formId);
    Map<String, Set<String>> lists = new HashMap<>();
    for (String file : FILES) {
      JsonNode form = read("forms/" + file + ".form");
      if (form.get("id").asText().equals(formId)) {
        collectLists(form, lists);
      }
    }
    return lists;
  }

  private static void collectLists(JsonNode node, Map<String, Set<String>> lists) {
    if ("dynamiclist".equals(node.path("type").asText())) {
      Set<String> columns = new TreeSet<>();
      node.get("components").forEach(child -> collect(child, columns));
      lists.put(node.get("path").asText(), columns);
      return;
    }
    if (node.has("components")) {
      node.get("components").forEach(child -> collectLists(child, lists));
    }
  }

  /** Variable names bound by the embedded HTML form (cam-variable-name attributes). */
  public static Set<String> htmlFormKeys(String resource) {
    Set<String> keys = new TreeSet<>();
    Matcher matcher = Pattern.compile("cam-variable-name=\"([^\"]+)\"").matcher(text(resource));
    while (matcher.find()) {
      keys.add(matcher.group(1));
    }
    return keys;
  }

  /**
   * Keys of input fields; a dynamic list (or a group with a path) is one variable under its path, its columns are not
   * variables of their own.
   */
  private static void collect(JsonNode node, Set<String> keys) {
    if (node.hasNonNull("path") && !node.get("path").asText().isBlank()) {
      keys.add(node.get("path").asText());
      return;
    }
    if (node.has("key") && node.has("type") && !"text".equals(node.get("type").asText())
        && !"button".equals(node.get("type").asText())) {
      keys.add(node.get("key").asText());
    }
    if (node.has("components")) {
      node.get("components").forEach(child -> collect(child, keys));
    }
  }

  private static JsonNode read(String resource) {
    try {
      return new ObjectMapper().readTree(text(resource));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  public static String text(String resource) {
    try (InputStream in = Forms.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("Missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
