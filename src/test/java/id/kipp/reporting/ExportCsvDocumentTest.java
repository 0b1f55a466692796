package id.kipp.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExportCsvDocumentTest {

  @Test
  void quotesAsRfc4180SaysWithCrlfAndUtf8() {
    byte[] csv = new CsvDocument("a", "b", "c")
        .row("Inovasi \"Satu\", Kota", "baris\nkedua", "Pelayanan Terpadu Satu Pintu — Kota Malang")
        .row("x", null, "")
        .bytes();
    assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("a,b,c\r\n"
        + "\"Inovasi \"\"Satu\"\", Kota\",\"baris\nkedua\",Pelayanan Terpadu Satu Pintu — Kota Malang\r\n"
        + "x,,\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunIsDefused() {
    assertThat(CsvDocument.text("=HYPERLINK(\"http://contoh\")")).isEqualTo("'=HYPERLINK(\"http://contoh\")");
    assertThat(CsvDocument.text("+62 341")).isEqualTo("'+62 341");
    assertThat(CsvDocument.text("-1")).isEqualTo("'-1");
    assertThat(CsvDocument.text("@LayananKita")).isEqualTo("'@LayananKita");
    assertThat(CsvDocument.text("Dinas Kesehatan")).isEqualTo("Dinas Kesehatan");
    assertThat(CsvDocument.text(null)).isNull();
  }

  @Test
  void numbers() {
    assertThat(CsvDocument.twoDecimals(68.33333)).isEqualTo("68.33");
    assertThat(CsvDocument.twoDecimals(80.005)).isEqualTo("80.01");
    assertThat(CsvDocument.twoDecimals(85L)).isEqualTo("85.00");
    assertThat(CsvDocument.twoDecimals(null)).isNull();
    assertThat(CsvDocument.plain(new BigDecimal("85.000"))).isEqualTo("85");
    assertThat(CsvDocument.plain(new BigDecimal("100.000"))).isEqualTo("100");
    assertThat(CsvDocument.plain(new BigDecimal("72.500"))).isEqualTo("72.5");
    assertThat(CsvDocument.whole(3L)).isEqualTo("3");
    assertThat(CsvDocument.whole(2)).isEqualTo("2");
    assertThat(CsvDocument.whole(null)).isNull();
  }
}
