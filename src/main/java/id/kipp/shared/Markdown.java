package id.kipp.shared;

/** Text shown in the Markdown tables of the Camunda Forms (rendered by form-js). */
public final class Markdown {

  private Markdown() {}

  /**
   * A table cell from text typed by people: no line breaks, no pipe (it would split the cell), and no characters
   * that Markdown would turn into emphasis, links, images or HTML.
   */
  public static String cell(Object text) {
    return text == null ? "" : text.toString().replace("|", "/").replaceAll("\\R", " ").replaceAll("[<>*_`\\[\\]!]", "");
  }
}
