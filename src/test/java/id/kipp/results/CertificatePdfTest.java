package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import id.kipp.results.PublishedEdition.SignOff;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

  static final ResultsProperties.Certificate WORDING = new ResultsProperties.Certificate("PIAGAM PENGHARGAAN",
      "diberikan kepada", "atas inovasi", "sebagai Pemenang Peringkat {rank} Kelompok {group}",
      "sebagai Finalis Kelompok {group}", "pada {edition} yang diselenggarakan oleh {organiser}", "Malang",
      "Wali Kota Malang", "");

  static final PublishedEdition EDITION = new PublishedEdition("MALANG-2019", "pi-1",
      "Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019", 2019, "Pemerintah Kota Malang",
      List.of("Perangkat Daerah", "Unit Kerja Perangkat Daerah"), Instant.parse("2019-09-20T02:00:00Z"),
      new SignOff("pimpinan", "Sutiaji", Instant.parse("2019-09-18T07:30:00Z"), "188.45/123/35.73.112/2019", null));

  final CertificatePdf certificate = new CertificatePdf(WORDING, ZoneId.of("Asia/Jakarta"));

  @Test
  void aWinnersCertificateIsOneA4LandscapePage() {
    PdfAssertions pdf = new PdfAssertions(certificate.render(EDITION, new PublishedFinalist("MALANG-2019-0007",
        "Perangkat Daerah", 1, true, "LAPO BRA (Layanan Pojok Braille)", "Dinas Perpustakaan dan Arsip Daerah",
        85.0, 90.0, 86.5)));

    assertThat(pdf.pages).isEqualTo(1);
    assertThat(pdf.sizes.get(0)[0]).isEqualTo(841.8898f, org.assertj.core.data.Offset.offset(0.01f));
    assertThat(pdf.sizes.get(0)[1]).isEqualTo(595.27563f, org.assertj.core.data.Offset.offset(0.01f));
    assertThat(pdf.text).isEqualTo("PIAGAM PENGHARGAAN diberikan kepada Dinas Perpustakaan dan Arsip Daerah"
        + " atas inovasi “LAPO BRA (Layanan Pojok Braille)” sebagai Pemenang Peringkat 1 Kelompok Perangkat Daerah"
        + " pada Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019 yang diselenggarakan oleh Pemerintah"
        + " Kota Malang Malang, 20 September 2019 Wali Kota Malang Sutiaji Kode inovasi: MALANG-2019-0007"
        + " Nomor keputusan: 188.45/123/35.73.112/2019");
    pdf.allTextWithin(30, 812, 30, 565);
  }

  @Test
  void aFinalistIsNamedAsSuchAndTheSignatoryComesFromConfiguration() {
    CertificatePdf named = new CertificatePdf(new ResultsProperties.Certificate("Piagam {year}", "untuk", "inovasi",
        "Juara {rank}", "Finalis {group}", "{edition}", "", "Gubernur Kalimantan Barat", "Sutarmidji"),
        ZoneId.of("Asia/Pontianak"));
    PdfAssertions pdf = new PdfAssertions(named.render(EDITION, new PublishedFinalist("MALANG-2019-0003",
        "Unit Kerja Perangkat Daerah", 3, false, "Sapa Warga", "Kecamatan Klojen", 80.0, null, 80.0)));

    assertThat(pdf.text).startsWith("Piagam 2019 untuk Kecamatan Klojen inovasi “Sapa Warga” Finalis Unit Kerja"
        + " Perangkat Daerah Kompetisi Inovasi Pelayanan Publik Kota Malang Tahun 2019 20 September 2019"
        + " Gubernur Kalimantan Barat");
    assertThat(pdf.text).contains("Sutarmidji").doesNotContain("Sutiaji").doesNotContain("Pemenang");
  }

  @Test
  void longTextsWrapAndShrinkToStayOnThePage() {
    String title = ("Sistem Informasi Pelayanan Administrasi Kependudukan Terpadu Berbasis Kelurahan dengan Layanan "
        + "Antar Dokumen ke Rumah Warga ").repeat(3).trim();
    String agency = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Kubu Raya Provinsi Kalimantan Barat";
    PdfAssertions pdf = new PdfAssertions(certificate.render(EDITION,
        new PublishedFinalist("MALANG-2019-0100", "Perangkat Daerah", 2, true, title, agency, 85.0, 90.0, 86.5)));

    assertThat(pdf.pages).isEqualTo(1);
    assertThat(pdf.text).contains("“" + title + "”", agency, "Pemenang Peringkat 2 Kelompok Perangkat Daerah");
    pdf.allTextWithin(30, 812, 30, 565);
    // the main text stays above the date and signature
    assertThat(pdf.glyphs.stream().filter(glyph -> glyph.left() > 300 && glyph.left() < 540 && glyph.top() > 150))
        .allSatisfy(glyph -> assertThat(glyph.bottom()).isGreaterThan(160));
  }

  @Test
  void charactersOutsideTheStandardFontDoNotStopTheCertificate() {
    PdfAssertions pdf = new PdfAssertions(certificate.render(EDITION, new PublishedFinalist("MALANG-2019-0009",
        "Perangkat Daerah", 1, true, "Ākses Warga ≥ 24 jam 🚀 中文", "Dinas Kesehatan — Kota Malang", 85.0, 90.0,
        86.5)));

    assertThat(pdf.text).contains("“Akses Warga ? 24 jam ? ??”", "Dinas Kesehatan — Kota Malang");
  }

  @Test
  void placeholdersAreFilledOnceAndUnknownOnesStay() {
    assertThat(CertificatePdf.fill("{edition} {unknown} {rank}", java.util.Map.of("edition", "Edisi {rank}",
        "rank", "1"))).isEqualTo("Edisi {rank} {unknown} 1");
  }
}
