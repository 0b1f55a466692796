package id.kipp.shared;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for free text that a user sends (form fields, comments, notes): no markup that a page or a form could
 * render as a live element, no control characters, and a length limit. Every check answers with a Bahasa message
 * naming the field, or nothing when the text is acceptable.
 */
public final class TextHygiene {

  /** An HTML/XML tag, comment or processing instruction: "<b>", "</p>", "<!--", "<?php", "<script". */
  private static final Pattern MARKUP = Pattern.compile("<\\s*[/!?a-zA-Z]");

  /** Control characters other than tab, line feed and carriage return (also DEL and the C1 range). */
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

  private TextHygiene() {}

  public static boolean containsMarkup(String text) {
    return text != null && MARKUP.matcher(text).find();
  }

  public static boolean containsControlCharacters(String text) {
    return text != null && CONTROL.matcher(text).find();
  }

  /** The problem with {@code text} as the value of the field {@code label}, if any. */
  public static Optional<String> problem(String label, String text, int maxLength) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.length() > maxLength) {
      return Optional.of(label + " paling banyak " + maxLength + " karakter.");
    }
    if (containsMarkup(text)) {
      return Optional.of(markupMessage(label));
    }
    if (containsControlCharacters(text)) {
      return Optional.of(label + " berisi karakter kendali yang tidak diizinkan.");
    }
    return Optional.empty();
  }

  public static String markupMessage(String label) {
    return label + " tidak boleh berisi kode HTML atau skrip (tanda < diikuti huruf, /, ! atau ?).";
  }
}
