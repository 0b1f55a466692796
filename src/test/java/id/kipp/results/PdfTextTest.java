package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  final PDFont helvetica = new PDType1Font(FontName.HELVETICA);

  @Test
  void whatTheStandardFontCannotEncodeIsReplaced() {
    // WinAnsi has é, the em dash and curly quotes; not Ā (→ A), ≥, Chinese or emoji (→ ?); ﬁ decomposes to fi
    assertThat(PdfText.sanitize("Ākses “Warga” ≥ 24 jam — café 中文 🚀 proﬁl", helvetica))
        .isEqualTo("Akses “Warga” ? 24 jam — café ?? ? profil");
    // line breaks, tabs and non-breaking spaces are spaces; zero-width characters vanish
    assertThat(PdfText.sanitize(" Satu\nDua\tTiga\u00A0Empat\u200BLima\r\n", helvetica))
        .isEqualTo("Satu Dua Tiga EmpatLima");
    assertThat(PdfText.sanitize(null, helvetica)).isEmpty();
  }

  @Test
  void linesBreakAtSpacesAndNeverExceedTheWidth() {
    String text = "Sistem Informasi Pelayanan Administrasi Kependudukan Terpadu Berbasis Kelurahan untuk Warga "
        + "Kota dengan Layanan Antar Dokumen ke Rumah";
    List<String> lines = PdfText.wrap(text, helvetica, 12, 200);
    assertThat(lines).hasSizeGreaterThan(2);
    assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, helvetica, 12)).isLessThanOrEqualTo(200));
    assertThat(String.join(" ", lines)).isEqualTo(text);
    // one line when it fits, one empty line for nothing
    assertThat(PdfText.wrap("Layanan Pojok Braille", helvetica, 12, 400)).containsExactly("Layanan Pojok Braille");
    assertThat(PdfText.wrap("  ", helvetica, 12, 400)).containsExactly("");
  }

  @Test
  void aWordLongerThanALineIsCut() {
    String word = "https://kompetisi.example.go.id/inovasi/sangat-panjang-sekali-tanpa-spasi";
    List<String> lines = PdfText.wrap("Tautan " + word, helvetica, 10, 120);
    assertThat(lines.get(0)).isEqualTo("Tautan");
    assertThat(String.join("", lines.subList(1, lines.size()))).isEqualTo(word);
    assertThat(lines).allSatisfy(line -> assertThat(PdfText.width(line, helvetica, 10)).isLessThanOrEqualTo(120));
    assertThat(lines).containsExactly("Tautan", "https://", "kompetisi.example.go.id/", "inovasi/sangat-panjang-",
        "sekali-tanpa-spasi");
    // a code breaks after a hyphen rather than between digits
    assertThat(PdfText.wrap("KALIMANTANBARAT-2022-0001", helvetica, 10, 140)).containsExactly("KALIMANTANBARAT-2022-",
        "0001");
    // no hyphen: cut where the line is full
    assertThat(PdfText.wrap("ABCDEFGHIJ", helvetica, 10, 30)).containsExactly("ABCD", "EFGH", "IJ");
  }
}
