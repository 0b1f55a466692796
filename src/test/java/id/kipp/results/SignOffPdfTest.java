package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.results.PublishedEdition.SignOff;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SignOffPdfTest {

  static final List<String> GROUPS = List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah", "Kelurahan");

  final SignOffPdf pdf = new SignOffPdf(ZoneId.of("Asia/Jakarta"));

  static PublishedEdition edition(String note) {
    return new PublishedEdition("MALANG-2019", "pi-1", "Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019",
        2019, "Pemerintah Kota Malang", GROUPS, Instant.parse("2019-09-20T02:00:00Z"),
        new SignOff("pimpinan", "Sutiaji", Instant.parse("2019-09-18T07:30:00Z"), "188.45/123/35.73.112/2019", note));
  }

  @Test
  void aSmallEditionFitsOnePage() {
    PdfAssertions read = new PdfAssertions(pdf.render(edition("Selamat kepada para pemenang."), List.of(
        new PublishedFinalist("MALANG-2019-0002", "Perangkat Daerah", 1, true, "Sapa Warga", "Dinas Kominfo", 75.0,
            90.0, 79.5),
        new PublishedFinalist("MALANG-2019-0001", "Perangkat Daerah", 2, false, "LAPO BRA",
            "Dinas Perpustakaan dan Arsip Daerah", 85.0, 60.0, 77.5),
        new PublishedFinalist("MALANG-2019-0005", "Unit Kerja Perangkat Daerah", 1, true, "Puskesmas Ramah",
            "Puskesmas Dinoyo", 85.0, null, 85.0))));

    assertThat(read.pages).isEqualTo(1);
    assertThat(read.sizes.get(0)[0]).isEqualTo(595.2756f, Offset.offset(0.01f));
    assertThat(read.text).isEqualTo("PENETAPAN PEMENANG Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019"
        + " Penyelenggara: Pemerintah Kota Malang — Tahun 2019"
        + " Nomor keputusan (SK) 188.45/123/35.73.112/2019"
        + " Ditetapkan oleh Sutiaji (pimpinan), 18 September 2019 pukul 14.30 WIB"
        + " Catatan pimpinan Selamat kepada para pemenang."
        + " Diumumkan kepada peserta 20 September 2019 pukul 09.00 WIB"
        + " Kelompok Perangkat Daerah"
        + " Peringkat Kode Judul inovasi Instansi Nilai proposal Nilai presentasi Nilai akhir Hasil"
        + " 1 MALANG-2019-0002 Sapa Warga Dinas Kominfo 75,00 90,00 79,50 Pemenang"
        + " 2 MALANG-2019-0001 LAPO BRA Dinas Perpustakaan dan Arsip Daerah 85,00 60,00 77,50 Finalis"
        + " Kelompok Unit Kerja Perangkat Daerah"
        + " Peringkat Kode Judul inovasi Instansi Nilai proposal Nilai presentasi Nilai akhir Hasil"
        + " 1 MALANG-2019-0005 Puskesmas Ramah Puskesmas Dinoyo 85,00 – 85,00 Pemenang"
        + " Kelompok Kelurahan Tidak ada finalis."
        + " Ditetapkan pada 18 September 2019 oleh Sutiaji"
        + " MALANG-2019 — Penetapan pemenang Halaman 1 dari 1");
    read.allTextWithin(40, 555.3f, 24, 802);
  }

  @Test
  void aLongTableContinuesOnNewPagesUnderItsHeader() {
    List<PublishedFinalist> finalists = new ArrayList<>();
    String longTitle = ("Sistem Informasi Pelayanan Administrasi Kependudukan Terpadu Berbasis Kelurahan ").repeat(3)
        .trim();
    for (int i = 1; i <= 120; i++) {
      String group = GROUPS.get(i <= 80 ? 0 : 1);
      int rank = i <= 80 ? i : i - 80;
      finalists.add(new PublishedFinalist(String.format("MALANG-2019-%04d", i), group, rank, rank <= 3,
          i % 10 == 0 ? longTitle : "Inovasi " + i, "Instansi " + i, 80, 70.0 + i / 10.0, 75.0 + i / 100.0));
    }
    PdfAssertions read = new PdfAssertions(pdf.render(edition(null), finalists));

    assertThat(read.pages).isGreaterThan(3);
    assertThat(read.text).contains("Halaman 1 dari " + read.pages, "Halaman " + read.pages + " dari " + read.pages,
        "Kelompok Perangkat Daerah (lanjutan) Peringkat Kode Judul inovasi", longTitle)
        .doesNotContain("Catatan pimpinan");
    for (PublishedFinalist finalist : finalists) {
      assertThat(read.text).contains(" " + finalist.rank() + " " + finalist.entryKey() + " ");
    }
    assertThat(read.text.indexOf("MALANG-2019-0080")).isLessThan(read.text.indexOf("Kelompok Unit Kerja"));
    // nothing runs into the footer or off the page
    read.allTextWithin(40, 555.3f, 24, 802);
    assertThat(read.glyphs.stream().filter(glyph -> glyph.bottom() < 50)).allSatisfy(glyph ->
        assertThat(glyph.top()).isLessThan(45));
  }

  @Test
  void unencodableTextDoesNotStopTheTable() {
    PdfAssertions read = new PdfAssertions(pdf.render(edition("Catatan ≥ 🚀"), List.of(new PublishedFinalist(
        "MALANG-2019-0001", "Perangkat Daerah", 1, true, "Ākses 中文", "Dinas\tKesehatan\nKota", 85.0, 90.0, 86.5))));

    assertThat(read.text).contains("Catatan pimpinan Catatan ? ?", "1 MALANG-2019-0001 Akses ?? Dinas Kesehatan Kota");
  }
}
