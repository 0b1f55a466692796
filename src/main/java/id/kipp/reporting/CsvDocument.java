package id.kipp.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file as the exports write it: UTF-8, comma separated, CRLF line ends, a header row, quoting as RFC 4180 says
 * (Apache Commons CSV). Text that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a
 * carriage return: titles and agencies are typed by participants) is prefixed with an apostrophe, as OWASP recommends
 * against CSV injection. Public for the public results' CSV files ({@code id.kipp.results}).
 */
public final class CsvDocument {

  private final CSVFormat format;
  private final List<List<String>> rows = new ArrayList<>();

  public CsvDocument(String... header) {
    this.format = CSVFormat.RFC4180.builder().setHeader(header).get();
  }

  /** Adds a row; null cells are written empty. */
  public CsvDocument row(String... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (String cell : cells) {
      row.add(cell == null ? "" : cell);
    }
    rows.add(row);
    return this;
  }

  public byte[] bytes() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Free text (typed by a person) made safe to open in a spreadsheet. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + value
        : value;
  }

  /** A score with two decimals (half up), or empty. */
  public static String twoDecimals(Object value) {
    BigDecimal number = decimal(value);
    return number == null ? null : number.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** A number as stored, without trailing zeros (85, 72.5), or empty. */
  static String plain(Object value) {
    BigDecimal number = decimal(value);
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }

  /** A whole number (a rank), or empty. */
  static String whole(Object value) {
    return value instanceof Number number ? Long.toString(number.longValue()) : null;
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    return null;
  }
}
