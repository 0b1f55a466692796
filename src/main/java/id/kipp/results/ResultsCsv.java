package id.kipp.results;

import id.kipp.reporting.CsvDocument;
import java.util.List;

/**
 * The released results as CSV for spreadsheets (same rules as the secretariat's exports, see {@link CsvDocument}:
 * UTF-8, comma separated, RFC 4180, text that could run as a formula prefixed with an apostrophe). Scores with two
 * decimals and a decimal point, so that every spreadsheet reads them as numbers. Only what was released: never a
 * juror's score.
 */
final class ResultsCsv {

  static final String[] RANKING_HEADER = {"kelompok", "peringkat", "status", "kode", "judul", "instansi", "nilai_akhir"};
  static final String[] SCORES_HEADER = {"kelompok", "peringkat", "kode", "judul", "instansi", "nilai_proposal",
      "nilai_presentasi", "nilai_akhir"};

  private ResultsCsv() {}

  /** One row per finalist, by group and rank: status {@code Pemenang} or {@code Finalis}. */
  static byte[] ranking(List<PublishedFinalist> finalists) {
    CsvDocument csv = new CsvDocument(RANKING_HEADER);
    for (PublishedFinalist finalist : finalists) {
      csv.row(CsvDocument.text(finalist.group()), Integer.toString(finalist.rank()),
          finalist.winner() ? "Pemenang" : "Finalis", finalist.entryKey(), CsvDocument.text(finalist.title()),
          CsvDocument.text(finalist.agency()), CsvDocument.twoDecimals(finalist.finalScore()));
    }
    return csv.bytes();
  }

  /** One row per finalist, by group and rank: desk, presentation (empty without a presentation) and final score. */
  static byte[] scores(List<PublishedFinalist> finalists) {
    CsvDocument csv = new CsvDocument(SCORES_HEADER);
    for (PublishedFinalist finalist : finalists) {
      csv.row(CsvDocument.text(finalist.group()), Integer.toString(finalist.rank()), finalist.entryKey(),
          CsvDocument.text(finalist.title()), CsvDocument.text(finalist.agency()),
          CsvDocument.twoDecimals(finalist.rankingDeskScore()), CsvDocument.twoDecimals(finalist.presentationScore()),
          CsvDocument.twoDecimals(finalist.finalScore()));
    }
    return csv.bytes();
  }
}
