package id.kipp.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text for PDFBox's standard fonts: what the font cannot encode (WinAnsi: Latin-1 and a few more) is replaced — a
 * letter with its diacritic removed where that helps ("Ā" → "A", "ﬁ" → "fi"), anything else by "?"; line breaks, tabs
 * and other control characters become spaces, invisible format characters are dropped. And lines wrapped to a width.
 */
final class PdfText {

  private PdfText() {}

  /** The text as the font can show it, spaces collapsed; empty for null. */
  static String sanitize(String text, PDFont font) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> {
      if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint) || Character.isSpaceChar(codePoint)) {
        out.append(' ');
      } else if (Character.getType(codePoint) != Character.FORMAT) {
        String character = new String(Character.toChars(codePoint));
        if (encodable(character, font)) {
          out.append(character);
        } else {
          String decomposed = Normalizer.normalize(character, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
          out.append(!decomposed.isEmpty() && encodable(decomposed, font) ? decomposed : "?");
        }
      }
    });
    return out.toString().replaceAll(" {2,}", " ").trim();
  }

  /** Width of already sanitized text in points. */
  static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Sanitizes and breaks the text into lines no wider than {@code maxWidth}: at spaces, and inside a word only when the
   * word alone is wider than a line (after a hyphen or slash where there is one). At least one (possibly empty) line.
   */
  static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : sanitize(text, font).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, font, size) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      // the word alone: cut where it no longer fits
      String rest = word;
      while (width(rest, font, size) > maxWidth && rest.length() > 1) {
        int cut = 1;
        while (cut < rest.length() && width(rest.substring(0, cut + 1), font, size) <= maxWidth) {
          cut++;
        }
        // rather after a hyphen or slash that fits ("MALANG-2019-" / "0007", a URL at its slashes)
        int mark = Math.max(rest.lastIndexOf('-', cut - 1), rest.lastIndexOf('/', cut - 1));
        if (mark > 0) {
          cut = mark + 1;
        }
        lines.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      line.append(rest);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static boolean encodable(String text, PDFont font) {
    try {
      font.encode(text);
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }

  /** Shows one line (sanitized here, so any text is safe) with its left end at x and its baseline at y. */
  static void show(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(sanitize(text, font));
    content.endText();
  }

  /** Shows one line centred on x. */
  static void showCentred(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
      throws IOException {
    show(content, text, font, size, x - width(sanitize(text, font), font, size) / 2, y);
  }

  /** Shows one line with its right end at x. */
  static void showRight(PDPageContentStream content, String text, PDFont font, float size, float x, float y)
      throws IOException {
    show(content, text, font, size, x - width(sanitize(text, font), font, size), y);
  }
}
