package id.kipp.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Camunda Cockpit in Bahasa Indonesia: our {@code app/cockpit/locales/id.json} against the {@code en.json} of the
 * Camunda webjar on the classpath. A Camunda upgrade that adds, renames or removes a label fails here, naming the keys,
 * until the translation follows; so does a translation that lost a placeholder, an HTML tag or the spaces around a
 * sentence fragment. {@code scripts/config.js} must offer Bahasa Indonesia only.
 */
class CockpitLocaleTest {

  static final String FOLDER = "META-INF/resources/webjars/camunda/app/cockpit/";

  /** {{ name }}, %s and %d (moment.js), {} (messageformat), and the HTML tags labels may carry. */
  static final Pattern PLACEHOLDER = Pattern.compile(
      "\\{\\{[^}]*}}|%[sd]|\\{}|</?(?:a|b|i|em|strong|code|br|span|p|ul|li|div)\\b[^>]*>");

  /** English plural endings ("instance" + "s") that Bahasa Indonesia does without: translated as "". */
  static final Set<String> PLURAL_SUFFIXES = Set.of("PLGN_BATCH_S", "PLGN_MIG_S", "PLGN_MOD_DIALOG_S",
      "PLGN_MOD_RESTART_DIALOG_S");

  /**
   * The only labels that read the same in Bahasa Indonesia: names (Camunda, Cockpit, Tasklist, Admin), technical terms
   * kept in Indonesian IT usage (ID, job, batch, deployment, deploy, endpoint, CSV, JSON, null, the engine's variable
   * types), words that are the same in both languages (status, filter, total, operator, valid, minimum, OK) and
   * symbols or patterns.
   */
  static final Set<String> SAME_IN_BAHASA = Set.of("<", "<=", "<null>", "<undefined>", ">", ">=", "Admin", "Batch",
      "batch", "Boolean", "CSV", "Camunda", "Camunda Cockpit", "Cockpit", "Deploy", "Deployment", "Double", "Endpoint",
      "Filter", "ID", "Integer", "JSON", "Job", "Long", "Min", "Minimum:", "OK", "Operator", "Short", "Status", "String",
      "Tasklist", "Tenant: ID", "Total", "Valid", "YYYY-MM-DDTHH:mm:ss", "null", "requestPayload");

  final ObjectMapper json = new ObjectMapper();

  @Test
  void translatesExactlyTheLabelsOfTheWebjarsEnglishCockpit() throws IOException {
    Map<String, String> english = labels(webjar("locales/en.json"));
    Map<String, String> bahasa = labels(ours("locales/id.json"));

    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(bahasa.keySet());
    Set<String> unknown = new TreeSet<>(bahasa.keySet());
    unknown.removeAll(english.keySet());
    assertThat(missing).as("labels of the webjar's en.json without a translation in id.json").isEmpty();
    assertThat(unknown).as("labels in id.json that the webjar's en.json no longer has").isEmpty();
    assertThat(english).hasSizeGreaterThan(2000);
  }

  @Test
  void keepsEveryPlaceholderTagAndTheSpacesAroundFragments() throws IOException {
    Map<String, String> english = labels(webjar("locales/en.json"));
    Map<String, String> bahasa = labels(ours("locales/id.json"));
    List<String> problems = new ArrayList<>();
    english.forEach((key, source) -> {
      String target = bahasa.get(key);
      if (target == null) {
        return; // reported by the test above
      }
      if (!placeholders(source).equals(placeholders(target))) {
        problems.add(key + ": placeholders " + placeholders(source) + " became " + placeholders(target));
      }
      if (target.isBlank() && !PLURAL_SUFFIXES.contains(key)) {
        problems.add(key + ": empty");
      }
      if (!target.isEmpty() && (!leading(source).equals(leading(target))
          || !trailing(source).equals(trailing(target)))) {
        problems.add(key + ": spaces around \"" + source + "\" not kept in \"" + target + "\"");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void leavesNothingInEnglishButNamesAndTechnicalTerms() throws IOException {
    Map<String, String> english = labels(webjar("locales/en.json"));
    Map<String, String> bahasa = labels(ours("locales/id.json"));
    Set<String> untranslated = new TreeSet<>();
    english.forEach((key, source) -> {
      if (source.strip().equals(bahasa.getOrDefault(key, "").strip()) && !SAME_IN_BAHASA.contains(source.strip())) {
        untranslated.add(key + ": " + source);
      }
    });
    assertThat(untranslated).as("labels left in English").isEmpty();
  }

  @Test
  void datesAreIndonesian() throws IOException {
    JsonNode english = webjar("locales/en.json").get("dateLocales");
    JsonNode bahasa = ours("locales/id.json").get("dateLocales");
    assertThat(fieldPaths(bahasa, "")).isEqualTo(fieldPaths(english, ""));
    assertThat(texts(bahasa.get("months"))).containsExactly("Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember");
    // moment.js order: Sunday first
    assertThat(texts(bahasa.get("weekdays"))).containsExactly("Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat",
        "Sabtu");
    assertThat(bahasa.at("/calendar/sameDay").asText()).isEqualTo("[Hari ini pukul] LT");
    assertThat(bahasa.at("/longDateFormat/LT").asText()).isEqualTo("HH.mm");
    for (Iterator<Map.Entry<String, JsonNode>> it = english.get("relativeTime").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      assertThat(placeholders(bahasa.get("relativeTime").get(entry.getKey()).asText()))
          .as("relativeTime." + entry.getKey()).isEqualTo(placeholders(entry.getValue().asText()));
    }
  }

  @Test
  void startsWithAByteOrderMarkLikeCamundasLocaleFiles() throws IOException {
    assertThat(bytes(webjarUrl("locales/en.json"))).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(bytes(ourUrl("locales/id.json"))).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void configOffersBahasaIndonesiaOnlyAndLoadsTheDashboardPlugin() throws IOException {
    String config = new String(bytes(ourUrl("scripts/config.js")), StandardCharsets.UTF_8);
    assertThat(config).contains("export default {")
        .containsPattern("locales:\\s*\\{\\s*availableLocales:\\s*\\['id'],\\s*fallbackLocale:\\s*'id'\\s*}")
        .containsPattern("\\n  customScripts: \\[\\n(\\s*//[^\\n]*\\n)*\\s*'../kipp/time-zone',\\n(\\s*//[^\\n]*\\n)*"
            + "\\s*'../kipp/bahasa',\\n(\\s*//[^\\n]*\\n)*\\s*'../kipp/user-name',\\n(\\s*//[^\\n]*\\n)*"
            + "\\s*'../kipp/dashboard'\\n  ],");
    // the webjar's own config.js only has commented examples: nothing of it is lost by replacing it
    String original = new String(bytes(webjarUrl("scripts/config.js")), StandardCharsets.UTF_8);
    String body = original.substring(original.indexOf("export default {") + "export default {".length(),
        original.lastIndexOf("};"));
    assertThat(body.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("//")))
        .as("settings of the webjar's config.js that ours must keep").isEmpty();
  }

  static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private static String leading(String text) {
    return text.substring(0, text.length() - text.stripLeading().length());
  }

  private static String trailing(String text) {
    return text.substring(text.stripTrailing().length());
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  private static Set<String> fieldPaths(JsonNode node, String path) {
    Set<String> paths = new LinkedHashSet<>();
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(name -> paths.addAll(fieldPaths(node.get(name), path + "/" + name)));
    } else if (node.isArray()) {
      paths.add(path + "[" + node.size() + "]");
    } else {
      paths.add(path);
    }
    return new TreeSet<>(paths);
  }

  Map<String, String> labels(JsonNode file) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    file.get("labels").fields().forEachRemaining(entry -> labels.put(entry.getKey(), entry.getValue().asText()));
    return labels;
  }

  JsonNode webjar(String file) throws IOException {
    return parse(webjarUrl(file));
  }

  JsonNode ours(String file) throws IOException {
    return parse(ourUrl(file));
  }

  private JsonNode parse(URL url) throws IOException {
    String text = new String(bytes(url), StandardCharsets.UTF_8);
    return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The file in Camunda's webjar (camunda-webapp-webjar-*.jar), whatever the application puts in front of it. */
  static URL webjarUrl(String file) throws IOException {
    for (URL url : Collections.list(CockpitLocaleTest.class.getClassLoader().getResources(FOLDER + file))) {
      if (url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError(FOLDER + file + " not found in the Camunda webjar on the classpath");
  }

  /** The application's own file, which the webapps serve instead of the webjar's. */
  static URL ourUrl(String file) throws IOException {
    for (URL url : Collections.list(CockpitLocaleTest.class.getClassLoader().getResources(FOLDER + file))) {
      if (!url.toString().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError(FOLDER + file + " not found in the application's resources");
  }

  private static byte[] bytes(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }
}
