package id.kipp.results;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Group names as URL segments of the results pages: "Unit Kerja Perangkat Daerah" → "unit-kerja-perangkat-daerah". */
final class GroupSlugs {

  private GroupSlugs() {}

  /**
   * The groups' names as URL segments, in the given order: lower case ASCII letters and digits joined by '-'
   * ("Unit Kerja Perangkat Daerah" → "unit-kerja-perangkat-daerah"); a name that would repeat an earlier one gets
   * "-2", "-3"...
   */
  static Map<String, String> of(List<String> groups) {
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
