package id.kipp.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search of the catalogue: words that must each occur in the title or the summary (case-insensitive), and the
 * filters agency (part of the name), group, year and award. Blank means "any". Pages count from 1.
 */
public record CatalogueQuery(String text, String agency, String group, Integer year, Award award, int page) {

  static final int MAX_WORDS = 10;

  public CatalogueQuery {
    text = blankToNull(text);
    agency = blankToNull(agency);
    group = blankToNull(group);
    page = Math.max(1, page);
  }

  public static CatalogueQuery of(String text, String agency, String group, String year, String award, String page) {
    return new CatalogueQuery(text, agency, group, number(year), Award.parse(award).orElse(null),
        number(page) == null ? 1 : number(page));
  }

  /** The words of the text, lower case, at most {@value #MAX_WORDS}. */
  public List<String> words() {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(word -> !word.isEmpty())
        .limit(MAX_WORDS).toList();
  }

  public CatalogueQuery withPage(int newPage) {
    return new CatalogueQuery(text, agency, group, year, award, newPage);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Integer number(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
