package id.kipp.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Numbers, dates and names in URLs as people in Indonesia read them: "79,50", "12 Juni 2030", "perangkat-daerah". */
final class Indonesian {

  static final Locale LOCALE = Locale.forLanguageTag("id-ID");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm z", LOCALE);

  private Indonesian() {}

  /** A score with two decimals, half up, decimal comma and thousands dot ("1.234,50"); a dash when there is none. */
  static String score(Double value) {
    if (value == null || !Double.isFinite(value)) {
      return "–";
    }
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(LOCALE));
    return format.format(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
  }

  /** "12 Juni 2030"; empty when unknown. */
  static String date(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE.format(instant.atZone(zone));
  }

  /** "12 Juni 2030 pukul 10.15 WIB"; empty when unknown. */
  static String dateTime(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }

  /**
   * The groups' names as URL segments, in the given order: lower case ASCII letters and digits joined by '-'
   * ("Unit Kerja Perangkat Daerah" → "unit-kerja-perangkat-daerah"); a name that would repeat an earlier one gets
   * "-2", "-3"...
   */
  static Map<String, String> slugs(List<String> groups) {
    Map<String, String> slugs = new LinkedHashMap<>();
    for (String group : groups) {
      String base = slug(group);
      String slug = base;
      for (int n = 2; slugs.containsValue(slug); n++) {
        slug = base + "-" + n;
      }
      slugs.putIfAbsent(group, slug);
    }
    return slugs;
  }

  static String slug(String name) {
    String ascii = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "kelompok" : slug;
  }
}
