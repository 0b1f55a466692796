package id.kipp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dates, times and numbers that people read are said by one class, {@code id.kipp.shared.Bahasa}: nobody else builds
 * date patterns, number formats or locale-dependent {@code String.format} text, and no template formats with
 * {@code #temporals}/{@code #numbers}.
 *
 * <p>Machine formats are allowed where listed in {@link #MACHINE_FORMATS}: ISO-8601 timestamps with seconds in JSON
 * that processes and scripts read. CSV exports write plain decimals with a full stop ({@code BigDecimal}, no
 * formatter), so they need no exception.
 */
class OneFormatterTest {

  /** The formatter itself. */
  static final String FORMATTER = "id.kipp.shared.Bahasa";

  /** Classes that format for machines, not people, each with its reason. */
  static final List<String> MACHINE_FORMATS = List.of(
      // startsAt/endsAt of the stored timetable: ISO-8601 with seconds and offset, parsed back by OffsetDateTime
      "id.kipp.presentation.TimetableDocument",
      // the dashboard API's timestamps: ISO-8601 with seconds and offset
      "id.kipp.dashboard.EditionSummaries");

  static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.kipp");

  static final ArchRule DATE_PATTERNS = noClasses().that(areNeither(FORMATTER, MACHINE_FORMATS))
        .should().callMethod(DateTimeFormatter.class, "ofPattern", String.class)
        .orShould().callMethod(DateTimeFormatter.class, "ofPattern", String.class, Locale.class)
        .because("dates and times that people read come from id.kipp.shared.Bahasa (one style per kind)");

  static final ArchRule NUMBER_FORMATS = noClasses().that(areNeither(FORMATTER, List.of()))
        .should().callConstructorWhere(DescribedPredicate.describe("a NumberFormat is made",
            call -> call.getTargetOwner().isAssignableTo(NumberFormat.class)))
        .orShould().callMethodWhere(DescribedPredicate.describe("a NumberFormat instance is asked for",
            call -> call.getTargetOwner().isAssignableTo(NumberFormat.class) && call.getName().startsWith("get")
                && call.getName().endsWith("Instance")))
        .because("scores, counts and percentages that people read come from id.kipp.shared.Bahasa");

  static final ArchRule LOCALE_TEXT = noClasses().that(areNeither(FORMATTER, List.of()))
        .should().callMethod(String.class, "format", Locale.class, String.class, Object[].class)
        .because("a Locale in String.format means text for people: use id.kipp.shared.Bahasa");

  @Test
  void onlyTheFormatterBuildsDatePatterns() {
    DATE_PATTERNS.check(MAIN);
  }

  @Test
  void onlyTheFormatterBuildsNumberFormats() {
    NUMBER_FORMATS.check(MAIN);
  }

  @Test
  void nobodyFormatsLocaleDependentText() {
    LOCALE_TEXT.check(MAIN);
  }

  /** The rules catch what they are for (a rule that never fires would pass forever). */
  @Test
  void theRulesCatchAnAdHocFormatter() {
    JavaClasses adHoc = new ClassFileImporter().importClasses(AdHocFormatting.class);
    assertThat(DATE_PATTERNS.evaluate(adHoc).hasViolation()).isTrue();
    assertThat(NUMBER_FORMATS.evaluate(adHoc).hasViolation()).isTrue();
    assertThat(LOCALE_TEXT.evaluate(adHoc).hasViolation()).isTrue();
    assertThat(AdHocFormatting.all()).containsExactly("02-12-2026", "86,46", "86,46");
  }

  /** What the rules forbid, in one place. */
  static final class AdHocFormatting {
    static List<String> all() {
      Locale id = Locale.forLanguageTag("id");
      return List.of(DateTimeFormatter.ofPattern("dd-MM-yyyy").format(java.time.LocalDate.of(2026, 12, 2)),
          new DecimalFormat("0.00", java.text.DecimalFormatSymbols.getInstance(id)).format(86.46),
          String.format(id, "%.2f", 86.46));
    }
  }

  /**
   * What the bytecode rules above cannot see: a float conversion ({@code %.2f}, {@code %5.1f}) in a format string of
   * the main code, and Thymeleaf's own date and number utilities in the templates.
   */
  @Test
  void noFloatPatternsInCodeAndNoFormattingUtilitiesInTemplates() throws IOException {
    Pattern floatConversion = Pattern.compile("%[-#+ 0,(]*\\d*\\.\\d+f");
    Pattern templateFormatting = Pattern.compile("#(temporals|numbers|dates|calendars)\\.");
    List<String> found = new ArrayList<>();
    found.addAll(scan(Path.of("src/main/java"), ".java", floatConversion, "Bahasa.java"));
    found.addAll(scan(Path.of("src/main/resources/templates"), ".html", templateFormatting, null));
    found.addAll(scan(Path.of("src/main/resources/notifications"), ".txt", templateFormatting, null));
    assertThat(found).as("use id.kipp.shared.Bahasa (in templates: ${dates...})").isEmpty();
  }

  @Test
  void theMachineFormatExceptionsStillExist() {
    // an exception for a class that is gone would silently allow the next class of that name
    for (String name : MACHINE_FORMATS) {
      assertThat(MAIN.contain(name)).as(name).isTrue();
    }
    assertThat(MAIN.contain(FORMATTER)).isTrue();
    assertThat(DecimalFormat.class).isAssignableTo(NumberFormat.class);
  }

  private static DescribedPredicate<JavaClass> areNeither(String formatter, List<String> exceptions) {
    return DescribedPredicate.describe("are neither " + formatter + " nor " + exceptions,
        c -> !c.getName().equals(formatter) && !exceptions.contains(c.getName())
            && !c.getName().startsWith(formatter + "$"));
  }

  private static List<String> scan(Path root, String suffix, Pattern pattern, String skipFile) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        if (skipFile != null && file.getFileName().toString().equals(skipFile)) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (pattern.matcher(lines.get(i)).find()) {
            found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    return found;
  }
}
