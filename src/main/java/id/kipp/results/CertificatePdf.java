package id.kipp.results;

import id.kipp.shared.Bahasa;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The certificate (piagam) of a winner or finalist: one A4 landscape page with the configured wording
 * ({@code kipp.results.certificate.*}), the agency, the innovation's title, the award ("Pemenang Peringkat 1 Kelompok
 * …" or "Finalis …"), the edition and organiser, the release date in Bahasa Indonesia and the signatory. Long texts
 * wrap; when everything does not fit, all sizes shrink together.
 */
final class CertificatePdf {

  static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

  private static final Color ACCENT = new Color(11, 83, 148);
  private static final Color INK = new Color(31, 41, 51);
  private static final Color MUTED = new Color(97, 110, 124);
  private static final float SIDE = 90;
  private static final float TOP = A4_LANDSCAPE.getHeight() - 72;
  /** The lowest point of the main text: below it are the date, the signatory and the codes. */
  private static final float BOTTOM = 168;

  private final ResultsProperties.Certificate wording;
  private final ZoneId zone;

  CertificatePdf(ResultsProperties.Certificate wording, ZoneId zone) {
    this.wording = wording;
    this.zone = zone;
  }

  /** One block of centred text: wrapped to the page, {@code before} points of space above it. */
  private record Block(String text, PDFont font, float size, float before, Color color) {}

  byte[] render(PublishedEdition edition, PublishedFinalist finalist) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = new PDType1Font(FontName.HELVETICA);
      PDFont bold = new PDType1Font(FontName.HELVETICA_BOLD);
      PDFont boldItalic = new PDType1Font(FontName.HELVETICA_BOLD_OBLIQUE);
      Map<String, String> values = Map.of("rank", Integer.toString(finalist.rank()), "group", finalist.group(),
          "edition", edition.name(), "organiser", nullToEmpty(edition.organiser()),
          "year", Integer.toString(edition.year()));
      List<Block> blocks = new ArrayList<>();
      blocks.add(new Block(fill(wording.title(), values), bold, 34, 0, ACCENT));
      blocks.add(new Block(fill(wording.presentedTo(), values), regular, 15, 18, INK));
      blocks.add(new Block(finalist.agency(), bold, 25, 8, INK));
      blocks.add(new Block(fill(wording.forInnovation(), values), regular, 15, 12, INK));
      blocks.add(new Block("\u201C" + finalist.title() + "\u201D", boldItalic, 20, 8, INK));
      blocks.add(new Block(fill(finalist.winner() ? wording.winner() : wording.finalist(), values), bold, 18, 16,
          ACCENT));
      blocks.add(new Block(fill(wording.context(), values), regular, 13, 12, INK));

      float width = A4_LANDSCAPE.getWidth() - 2 * SIDE;
      float scale = 1f;
      List<List<String>> lines = layout(blocks, scale, width);
      while (height(blocks, lines, scale) > TOP - BOTTOM && scale > 0.45f) {
        scale -= 0.05f;
        lines = layout(blocks, scale, width);
      }

      PDPage page = new PDPage(A4_LANDSCAPE);
      document.addPage(page);
      information(document, edition, finalist);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        border(content);
        float centre = A4_LANDSCAPE.getWidth() / 2;
        float y = TOP;
        for (int i = 0; i < blocks.size(); i++) {
          Block block = blocks.get(i);
          float size = block.size() * scale;
          y -= block.before() * scale;
          content.setNonStrokingColor(block.color());
          for (String line : lines.get(i)) {
            y -= size;
            PdfText.showCentred(content, line, block.font(), size, centre, y);
            y -= size * 0.25f;
          }
        }
        signature(content, edition, regular, bold);
        content.setNonStrokingColor(MUTED);
        PdfText.show(content, "Kode inovasi: " + finalist.entryKey(), regular, 9, 50, 56);
        if (edition.signOff().decreeNumber() != null) {
          PdfText.show(content, "Nomor keputusan: " + edition.signOff().decreeNumber(), regular, 9, 50, 44);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<List<String>> layout(List<Block> blocks, float scale, float width) {
    List<List<String>> lines = new ArrayList<>();
    for (Block block : blocks) {
      lines.add(block.text().isBlank() ? List.of() : PdfText.wrap(block.text(), block.font(), block.size() * scale,
          width));
    }
    return lines;
  }

  private static float height(List<Block> blocks, List<List<String>> lines, float scale) {
    float height = 0;
    for (int i = 0; i < blocks.size(); i++) {
      height += (blocks.get(i).before() + lines.get(i).size() * blocks.get(i).size() * 1.25f) * scale;
    }
    return height;
  }

  /** Date line, signatory's role (wrapped) and name, centred on the right third. */
  private void signature(PDPageContentStream content, PublishedEdition edition, PDFont regular, PDFont bold)
      throws IOException {
    float centre = A4_LANDSCAPE.getWidth() - 210;
    String date = Bahasa.date(edition.releasedAt(), zone);
    content.setNonStrokingColor(INK);
    PdfText.showCentred(content, wording.place().isEmpty() ? date : wording.place() + ", " + date, regular, 12,
        centre, 140);
    float y = 124;
    for (String line : wording.signatoryRole().isEmpty() ? List.<String>of()
        : PdfText.wrap(wording.signatoryRole(), bold, 12, 300)) {
      PdfText.showCentred(content, line, bold, 12, centre, y);
      y -= 15;
    }
    String name = !wording.signatoryName().isEmpty() ? wording.signatoryName() : edition.signOff().who();
    if (name != null) {
      PdfText.showCentred(content, name, bold, 12, centre, 62);
      float half = Math.min(150, PdfText.width(PdfText.sanitize(name, bold), bold, 12) / 2 + 4);
      content.setStrokingColor(INK);
      content.setLineWidth(0.7f);
      content.moveTo(centre - half, 59);
      content.lineTo(centre + half, 59);
      content.stroke();
    }
  }

  private static void border(PDPageContentStream content) throws IOException {
    float w = A4_LANDSCAPE.getWidth();
    float h = A4_LANDSCAPE.getHeight();
    content.setStrokingColor(ACCENT);
    content.setLineWidth(4);
    content.addRect(20, 20, w - 40, h - 40);
    content.stroke();
    content.setLineWidth(1);
    content.addRect(30, 30, w - 60, h - 60);
    content.stroke();
  }

  private static void information(PDDocument document, PublishedEdition edition, PublishedFinalist finalist) {
    PDDocumentInformation information = document.getDocumentInformation();
    information.setTitle("Piagam " + finalist.entryKey() + " — " + edition.name());
    information.setAuthor(edition.organiser());
    information.setCreator("Kompetisi Inovasi Pelayanan Publik");
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

  /** The template with its {@code {name}} placeholders replaced in one pass (unknown ones stay as they are). */
  static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(text, Matcher.quoteReplacement(value != null ? value : matcher.group()));
    }
    matcher.appendTail(text);
    return text.toString().trim();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }
}
