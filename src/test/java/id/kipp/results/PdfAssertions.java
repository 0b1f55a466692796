package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back with PDFBox: its text (words separated by single spaces) and where every character was drawn. */
final class PdfAssertions {

  /** A character's box on its page (PDF user space, origin bottom left). */
  record Glyph(int page, String text, float left, float right, float bottom, float top) {}

  final byte[] bytes;
  final int pages;
  final List<Float[]> sizes = new ArrayList<>();
  final String text;
  final List<Glyph> glyphs = new ArrayList<>();

  PdfAssertions(byte[] bytes) {
    this.bytes = bytes;
    try (PDDocument document = Loader.loadPDF(bytes)) {
      pages = document.getNumberOfPages();
      for (PDPage page : document.getPages()) {
        sizes.add(new Float[] {page.getMediaBox().getWidth(), page.getMediaBox().getHeight()});
      }
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
          float height = getCurrentPage().getMediaBox().getHeight();
          for (TextPosition position : positions) {
            glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getXDirAdj(),
                position.getXDirAdj() + position.getWidthDirAdj(), height - position.getYDirAdj(),
                height - position.getYDirAdj() + position.getHeightDir()));
          }
          super.writeString(string, positions);
        }
      };
      StringWriter out = new StringWriter();
      stripper.writeText(document, out);
      text = out.toString().replaceAll("\\s+", " ").trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every character lies inside the rectangle [left, right] × [bottom, top] of its page. */
  void allTextWithin(float left, float right, float bottom, float top) {
    assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
      assertThat(glyph.left()).as("%s", glyph).isGreaterThanOrEqualTo(left);
      assertThat(glyph.right()).as("%s", glyph).isLessThanOrEqualTo(right);
      assertThat(glyph.bottom()).as("%s", glyph).isGreaterThanOrEqualTo(bottom);
      assertThat(glyph.top()).as("%s", glyph).isLessThanOrEqualTo(top);
    });
  }
}
