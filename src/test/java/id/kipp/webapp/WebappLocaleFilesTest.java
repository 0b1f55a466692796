package id.kipp.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kipp.testsupport.WebappStrings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Bahasa Indonesia locale files of the Camunda webapps ({@code app/<webapp>/locales/id.json} in this
 * application) against the English ones of the Camunda webjar on the classpath: the same labels, every placeholder,
 * HTML tag and entity kept, the same date-locale structure, nothing left in English. A Camunda upgrade that adds,
 * renames or removes a label fails here and names it.
 */
class WebappLocaleFilesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";

  /** {{ name }}, %s / %d (moment's relative times), HTML tags and entities. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{.*?}}|%[sd]|</?[a-zA-Z][^<>]*>|&[a-zA-Z]+;");


  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void bahasaFileHasExactlyTheLabelsOfCamundasEnglishFile(String webapp) throws IOException {
    JsonNode english = read(webapp, "en.json", true).get("labels");
    JsonNode bahasa = read(webapp, "id.json", false).get("labels");

    Set<String> missing = new TreeSet<>(names(english));
    missing.removeAll(names(bahasa));
    Set<String> extra = new TreeSet<>(names(bahasa));
    extra.removeAll(names(english));
    assertThat(missing).as("labels of Camunda's %s/locales/en.json missing in id.json", webapp).isEmpty();
    assertThat(extra).as("labels in %s/locales/id.json that Camunda's en.json no longer has", webapp).isEmpty();
    assertThat(names(bahasa)).as("same order as en.json").containsExactlyElementsOf(names(english));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void everyPlaceholderTagAndEntityIsKept(String webapp) throws IOException {
    JsonNode english = read(webapp, "en.json", true).get("labels");
    JsonNode bahasa = read(webapp, "id.json", false).get("labels");
    Map<String, String> broken = new TreeMap<>();
    for (String key : names(english)) {
      List<String> expected = placeholders(english.get(key).asText());
      List<String> actual = placeholders(bahasa.path(key).asText());
      if (!expected.equals(actual)) {
        broken.put(key, expected + " in en.json, " + actual + " in id.json");
      }
    }
    assertThat(broken).as("%s: placeholders changed", webapp).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void nothingIsLeftInEnglish(String webapp) throws IOException {
    JsonNode english = read(webapp, "en.json", true).get("labels");
    JsonNode bahasa = read(webapp, "id.json", false).get("labels");
    Map<String, String> untranslated = new TreeMap<>();
    for (String key : names(english)) {
      String text = english.get(key).asText();
      if (!text.isEmpty() && text.equals(bahasa.path(key).asText()) && !WebappStrings.SAME_IN_BAHASA.contains(text)) {
        untranslated.put(key, text);
      }
      assertThat(bahasa.path(key).isTextual()).as("%s.%s is a text", webapp, key).isTrue();
    }
    assertThat(untranslated).as("%s: labels copied from en.json without translation", webapp).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin"})
  void dateLocalesHaveTheStructureOfTheEnglishOnesWithIndonesianNames(String webapp) throws IOException {
    JsonNode english = read(webapp, "en.json", true).get("dateLocales");
    JsonNode bahasa = read(webapp, "id.json", false).get("dateLocales");
    assertThat(shape(bahasa, "")).isEqualTo(shape(english, ""));

    assertThat(texts(bahasa.get("months"))).containsExactly("Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember");
    assertThat(texts(bahasa.get("weekdays"))).containsExactly("Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat",
        "Sabtu");
    assertThat(bahasa.at("/calendar/sameDay").asText()).isEqualTo("[Hari ini pukul] LT");
    assertThat(bahasa.at("/longDateFormat/LT").asText()).isEqualTo("HH.mm");
    assertThat(bahasa.at("/relativeTime/past").asText()).isEqualTo("%s yang lalu");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void fileIsUtf8JsonLikeCamundasOwn(String webapp) throws IOException {
    byte[] bytes = bytes(resource(webapp, "id.json", false));
    // like en.json and de.json: a byte order mark, then two-space indented JSON
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\n  \"labels\": {\n    \"");
  }

  @org.junit.jupiter.api.Test
  void englishDetectorOfTheBrowserTestsFindsCamundasStringsNotBahasa() {
    assertThat(WebappStrings.englishIn("Tugas saya (1) Klaim Selesaikan Mulai proses Filter Admin Dibuat 2 jam yang "
        + "lalu Wajib diisi.")).isEmpty();
    assertThat(WebappStrings.englishIn("Claim | Start process | No task matching filters found. | Dibuat"))
        .containsExactly("Claim", "No task matching filters found.", "Start process");
    assertThat(WebappStrings.englishIn("Field is required.")).containsExactly("Field is required.");
    assertThat(WebappStrings.englishPhrases()).contains("Created", "Complete", "Log in").doesNotContain("Filter");
  }

  // ---- reading --------------------------------------------------------------------------------------------------

  private JsonNode read(String webapp, String file, boolean fromWebjar) throws IOException {
    String text = new String(bytes(resource(webapp, file, fromWebjar)), StandardCharsets.UTF_8);
    return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The webjar's copy (inside a jar) or this application's (a file of the build), whichever is asked for. */
  private static URL resource(String webapp, String file, boolean fromWebjar) throws IOException {
    String path = APP + webapp + "/locales/" + file;
    for (URL url : Collections.list(WebappLocaleFilesTest.class.getClassLoader().getResources(path))) {
      if ("jar".equals(url.getProtocol()) == fromWebjar) {
        return url;
      }
    }
    throw new AssertionError(path + " not found " + (fromWebjar ? "in the Camunda webjar" : "in the application"));
  }

  private static byte[] bytes(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  /** Paths and kinds of every value ("/months: array of 12", "/week/dow: number", "/calendar/sameDay: text"). */
  private static Set<String> shape(JsonNode node, String path) {
    Set<String> shape = new TreeSet<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        shape.addAll(shape(field.getValue(), path + "/" + field.getKey()));
      }
    } else if (node.isArray()) {
      shape.add(path + ": array of " + node.size());
    } else {
      shape.add(path + ": " + (node.isNumber() ? "number" : "text"));
    }
    return shape;
  }
}
