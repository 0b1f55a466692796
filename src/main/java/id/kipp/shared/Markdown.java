package id.kipp.shared;

/**
 * Text shown in the Markdown tables of the Camunda Forms (rendered by form-js); numbers and dates in them are said by
 * {@link Bahasa}.
 */
public final class Markdown {

  /**
   * Longest text a String process variable may hold: the engine keeps it in a VARCHAR(4000) column (ACT_RU_VARIABLE,
   * ACT_HI_VARINST, ACT_HI_DETAIL), and a longer one fails the whole transaction on PostgreSQL and H2.
   */
  public static final int MAX_VARIABLE_TEXT = 4000;

  private Markdown() {}

  /**
   * {@code text} cut at a line boundary so that it and {@code note} (said in place of the lines left out) fit into a
   * String variable; unchanged when it fits already.
   */
  public static String fitted(String text, String note) {
    if (text == null || text.length() <= MAX_VARIABLE_TEXT) {
      return text;
    }
    int room = MAX_VARIABLE_TEXT - note.length() - 2;
    int cut = text.lastIndexOf('\n', Math.max(0, room));
    return text.substring(0, Math.max(0, cut)) + "\n\n" + note;
  }

  /**
   * A table cell from text typed by people: no line breaks, no pipe (it would split the cell), and no characters
   * that Markdown would turn into emphasis, links, images or HTML.
   */
  public static String cell(Object text) {
    return text == null ? "" : text.toString().replace("|", "/").replaceAll("\\R", " ").replaceAll("[<>*_`\\[\\]!]", "");
  }
}
