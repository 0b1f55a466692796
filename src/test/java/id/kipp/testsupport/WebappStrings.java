package id.kipp.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Camunda webapps' own English strings, to assert that a screen shows none of them: every label of the webjar's
 * {@code en.json} of Tasklist, Admin and Welcome that is not also valid Bahasa Indonesia (names such as "Cockpit",
 * technical types such as "String", words Bahasa shares such as "Filter"), and the English texts of the bundled form
 * renderer (form-js) and its date picker that no locale file reaches.
 *
 * <pre>
 * assertThat(WebappStrings.englishIn(browser.pageText())).isEmpty();
 * </pre>
 */
public final class WebappStrings {

  /** Labels that read the same in Bahasa Indonesia (also allowed in the locale files). */
  public static final Set<String> SAME_IN_BAHASA = Set.of("<", "<=", ">", ">=", "<null>", "<undefined>", "Admin",
      "Camunda", "Cockpit", "Tasklist", "Optimize", "Boolean", "Double", "Integer", "Long", "Short", "String",
      "Batch", "Deployment", "Job", "Tenant", "Diagram", "Email", "Filter", "Label", "Operator", "GLOBAL", "ID",
      "ID*", "OK");

  /** English texts of form-js and flatpickr (Camunda 7.24's form renderer), translated by app/kipp/bahasa.js. */
  public static final List<String> FORM_RENDERER = List.of("Field is required.", "Field must have minimum value of",
      "Field must have maximum value of", "Field must have minimum length of", "Field must have maximum length of",
      "Field must match pattern", "Field must be a valid email.", "Should be a valid number", "No results",
      "Add new", "Expand all", "Nothing to show.", "Previous page", "Next page", "January", "February", "March",
      "June", "July", "August", "October", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday");

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final List<String> PHRASES = load();
  private static final List<Pattern> PATTERNS = PHRASES.stream()
      .map(phrase -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])"))
      .toList();

  private WebappStrings() {}

  /** The English phrases, longest first. */
  public static List<String> englishPhrases() {
    return PHRASES;
  }

  /** The English phrases found in {@code text} as whole words (case-sensitive), sorted. */
  public static Set<String> englishIn(String text) {
    Set<String> found = new TreeSet<>();
    String rest = text;
    for (int i = 0; i < PHRASES.size(); i++) {
      Pattern pattern = PATTERNS.get(i);
      if (pattern.matcher(rest).find()) {
        found.add(PHRASES.get(i));
        // "Add Comment" found: do not report its "Comment" again
        rest = pattern.matcher(rest).replaceAll(" ");
      }
    }
    return found;
  }

  private static List<String> load() {
    Set<String> phrases = new LinkedHashSet<>(FORM_RENDERER);
    ObjectMapper json = new ObjectMapper();
    for (String webapp : List.of("tasklist", "admin", "welcome")) {
      String path = APP + webapp + "/locales/en.json";
      try {
        for (URL url : Collections.list(WebappStrings.class.getClassLoader().getResources(path))) {
          try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            JsonNode labels = json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text).get("labels");
            labels.forEach(label -> {
              String value = label.asText().trim();
              // labels with placeholders or markup are checked as their own words elsewhere
              if (!value.isEmpty() && !SAME_IN_BAHASA.contains(value) && !value.matches(".*(\\{\\{|<|&|%).*")) {
                phrases.add(value);
              }
            });
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    List<String> sorted = new ArrayList<>(phrases);
    sorted.sort(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(sorted);
  }
}
