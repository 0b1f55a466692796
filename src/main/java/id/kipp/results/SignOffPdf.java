package id.kipp.results;

import id.kipp.shared.Bahasa;
import id.kipp.results.PublishedEdition.SignOff;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The sign-off table (penetapan) of a released edition on A4 pages: the edition, the decree number, who signed off the
 * winners and when, the Pimpinan's note and the release; then per group a table of the finalists (rank, code, title,
 * agency, desk, presentation and final score, winner or finalist). Cells wrap; a table continues on the next page
 * under its repeated header; every page has a footer "Halaman i dari n".
 */
final class SignOffPdf {

  private static final PDRectangle PAGE = PDRectangle.A4;
  private static final float MARGIN = 40;
  private static final float FOOTER = 56;
  private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
  private static final float CELL_SIZE = 8;
  private static final float CELL_LINE = 10;
  private static final float PAD = 3;
  private static final Color INK = new Color(31, 41, 51);
  private static final Color MUTED = new Color(97, 110, 124);
  private static final Color HEADER_FILL = new Color(238, 242, 246);
  private static final Color LINE = new Color(190, 200, 212);

  /**
   * Column headings, widths (summing to the text width) and whether numbers (right-aligned). The code column widens
   * to the edition's longest code, taking the room from the title and agency columns.
   */
  private static final String[] HEADINGS = {"Peringkat", "Kode", "Judul inovasi", "Instansi", "Nilai proposal",
      "Nilai presentasi", "Nilai akhir", "Hasil"};
  private static final float[] WIDTHS = {43, 84, 128, 95, 40, 47, 32, 46};
  private static final boolean[] NUMERIC = {true, false, false, false, true, true, true, false};
  private static final int CODE = 1;
  private static final int TITLE = 2;
  private static final int AGENCY = 3;

  private final ZoneId zone;

  private PDDocument document;
  private PDPageContentStream content;
  private float y;
  private PDFont regular;
  private PDFont bold;
  private float[] widths;

  SignOffPdf(ZoneId zone) {
    this.zone = zone;
  }

  synchronized byte[] render(PublishedEdition edition, List<PublishedFinalist> finalists) {
    try (PDDocument pdf = new PDDocument()) {
      document = pdf;
      regular = new PDType1Font(FontName.HELVETICA);
      bold = new PDType1Font(FontName.HELVETICA_BOLD);
      widths = widths(finalists);
      pdf.getDocumentInformation().setTitle("Penetapan pemenang — " + edition.name());
      pdf.getDocumentInformation().setAuthor(edition.organiser());
      pdf.getDocumentInformation().setCreator("Kompetisi Inovasi Pelayanan Publik");
      newPage();
      heading(edition);
      for (String group : edition.groups()) {
        group(group, finalists.stream().filter(finalist -> finalist.group().equals(group)).toList());
      }
      closing(edition.signOff());
      content.close();
      footers(edition);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      document = null;
      content = null;
    }
  }

  private void heading(PublishedEdition edition) throws IOException {
    float centre = PAGE.getWidth() / 2;
    content.setNonStrokingColor(INK);
    y -= 16;
    PdfText.showCentred(content, "PENETAPAN PEMENANG", bold, 16, centre, y);
    y -= 6;
    for (String line : PdfText.wrap(edition.name(), bold, 12, WIDTH)) {
      y -= 15;
      PdfText.showCentred(content, line, bold, 12, centre, y);
    }
    String organiser = edition.organiser() == null ? "" : "Penyelenggara: " + edition.organiser() + " — ";
    for (String line : PdfText.wrap(organiser + "Tahun " + edition.year(), regular, 10, WIDTH)) {
      y -= 13;
      PdfText.showCentred(content, line, regular, 10, centre, y);
    }
    y -= 10;
    SignOff signOff = edition.signOff();
    labelled("Nomor keputusan (SK)", signOff.decreeNumber() == null ? "–" : signOff.decreeNumber());
    labelled("Ditetapkan oleh", signedOff(signOff));
    if (signOff.note() != null) {
      labelled("Catatan pimpinan", signOff.note());
    }
    labelled("Diumumkan kepada peserta", Objects.toString(Bahasa.dateTime(edition.releasedAt(), zone), "–"));
  }

  private String signedOff(SignOff signOff) {
    String who = signOff.who() == null ? "–" : signOff.who();
    if (signOff.byName() != null && signOff.by() != null && !signOff.byName().equals(signOff.by())) {
      who += " (" + signOff.by() + ")";
    }
    return signOff.at() == null ? who : who + ", " + Bahasa.dateTime(signOff.at(), zone);
  }

  /** "Label: value", the value wrapped under itself. */
  private void labelled(String label, String value) throws IOException {
    float labelWidth = 130;
    List<String> lines = PdfText.wrap(value, regular, 9.5f, WIDTH - labelWidth);
    ensure(lines.size() * 12 + 2);
    boolean first = true;
    for (String line : lines) {
      y -= 12;
      if (first) {
        PdfText.show(content, label, bold, 9.5f, MARGIN, y);
        first = false;
      }
      PdfText.show(content, line, regular, 9.5f, MARGIN + labelWidth, y);
    }
    y -= 2;
  }

  private void group(String group, List<PublishedFinalist> finalists) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (PublishedFinalist finalist : finalists) {
      rows.add(new String[] {Integer.toString(finalist.rank()), finalist.entryKey(), finalist.title(),
          finalist.agency(), Bahasa.score(finalist.rankingDeskScore()), Bahasa.score(finalist.presentationScore()),
          Bahasa.score(finalist.finalScore()), finalist.winner() ? "Pemenang" : "Finalis"});
    }
    List<List<List<String>>> cells = new ArrayList<>();
    for (String[] row : rows) {
      cells.add(wrapRow(row, regular));
    }
    List<List<String>> header = wrapRow(HEADINGS, bold);
    float headerHeight = rowHeight(header);
    // the heading, the table's header and its first row stay together
    ensure(30 + headerHeight + (cells.isEmpty() ? 14 : rowHeight(cells.get(0))));
    groupHeading("Kelompok " + group);
    if (cells.isEmpty()) {
      y -= 12;
      content.setNonStrokingColor(MUTED);
      PdfText.show(content, "Tidak ada finalis.", regular, 9, MARGIN, y);
      content.setNonStrokingColor(INK);
      return;
    }
    row(header, bold, true);
    for (List<List<String>> row : cells) {
      if (y - rowHeight(row) < FOOTER) {
        newPage();
        groupHeading("Kelompok " + group + " (lanjutan)");
        row(header, bold, true);
      }
      row(row, regular, false);
    }
  }

  private void groupHeading(String text) throws IOException {
    y -= 22;
    content.setNonStrokingColor(INK);
    PdfText.show(content, text, bold, 11, MARGIN, y);
    y -= 6;
  }

  private float[] widths(List<PublishedFinalist> finalists) {
    float[] widths = WIDTHS.clone();
    float code = 0;
    for (PublishedFinalist finalist : finalists) {
      code = Math.max(code, PdfText.width(PdfText.sanitize(finalist.entryKey(), regular), regular, CELL_SIZE));
    }
    float extra = Math.min(Math.max(0, code + 2 * PAD + 1 - widths[CODE]), 80);
    widths[CODE] += extra;
    widths[TITLE] -= extra * 0.6f;
    widths[AGENCY] -= extra * 0.4f;
    return widths;
  }

  private List<List<String>> wrapRow(String[] texts, PDFont font) {
    List<List<String>> row = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      row.add(PdfText.wrap(texts[i], font, CELL_SIZE, widths[i] - 2 * PAD));
    }
    return row;
  }

  private static float rowHeight(List<List<String>> row) {
    int lines = row.stream().mapToInt(List::size).max().orElse(1);
    return lines * CELL_LINE + 2 * PAD;
  }

  private void row(List<List<String>> row, PDFont font, boolean header) throws IOException {
    float height = rowHeight(row);
    float top = y;
    if (header) {
      content.setNonStrokingColor(HEADER_FILL);
      content.addRect(MARGIN, top - height, WIDTH, height);
      content.fill();
    }
    content.setNonStrokingColor(INK);
    float x = MARGIN;
    for (int i = 0; i < row.size(); i++) {
      float baseline = top - PAD - CELL_SIZE;
      for (String line : row.get(i)) {
        if (NUMERIC[i] && !header) {
          PdfText.showRight(content, line, font, CELL_SIZE, x + widths[i] - PAD, baseline);
        } else {
          PdfText.show(content, line, font, CELL_SIZE, x + PAD, baseline);
        }
        baseline -= CELL_LINE;
      }
      x += widths[i];
    }
    content.setStrokingColor(LINE);
    content.setLineWidth(0.5f);
    content.addRect(MARGIN, top - height, WIDTH, height);
    float column = MARGIN;
    for (int i = 0; i < widths.length - 1; i++) {
      column += widths[i];
      content.moveTo(column, top);
      content.lineTo(column, top - height);
    }
    content.stroke();
    y = top - height;
  }

  /** Who signed off and when, right-aligned under the tables. */
  private void closing(SignOff signOff) throws IOException {
    ensure(70);
    float right = MARGIN + WIDTH;
    y -= 30;
    content.setNonStrokingColor(INK);
    if (signOff.at() != null) {
      PdfText.showRight(content, "Ditetapkan pada " + Bahasa.date(signOff.at(), zone), regular, 10, right, y);
      y -= 13;
    }
    PdfText.showRight(content, "oleh", regular, 10, right, y);
    y -= 13;
    PdfText.showRight(content, signOff.who() == null ? "–" : signOff.who(), bold, 10, right, y);
  }

  private void ensure(float height) throws IOException {
    if (y - height < FOOTER) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = PAGE.getHeight() - MARGIN;
  }

  private void footers(PublishedEdition edition) throws IOException {
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      PDPage page = document.getPage(i);
      try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        footer.setNonStrokingColor(MUTED);
        PdfText.show(footer, edition.key() + " — Penetapan pemenang", regular, 8, MARGIN, 30);
        PdfText.showRight(footer, "Halaman " + (i + 1) + " dari " + count, regular, 8, MARGIN + WIDTH, 30);
      }
    }
  }
}
