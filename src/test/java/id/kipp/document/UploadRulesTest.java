package id.kipp.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UploadRulesTest {

  static final long TEN_MB = 10L * 1024 * 1024;
  final UploadRules rules = new UploadRules(TEN_MB);

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void aPdfWithinTheLimitPasses() {
    assertThat(rules.check("Berkas \"a.pdf\"", TEN_MB, ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"), "application/pdf")).isEmpty();
    assertThat(rules.check("Berkas \"a.pdf\"", 100, ascii("%PDF-1.4"), null)).isEmpty();
    assertThat(rules.check("Berkas \"a.pdf\"", 100, ascii("%PDF-1.4"), "application/octet-stream")).isEmpty();
  }

  @Test
  void emptyOversizedAndNonPdfFilesAreRefused() {
    assertThat(rules.check("Surat pernyataan", 0, new byte[0], null)).containsExactly("Surat pernyataan kosong.");
    assertThat(rules.check("Berkas \"besar.pdf\"", TEN_MB + 1, ascii("%PDF-1.4"), null))
        .containsExactly("Berkas \"besar.pdf\" terlalu besar: paling besar 10 MB.");
    assertThat(rules.check("Berkas \"setup.exe\"", 1000, new byte[] {'M', 'Z', (byte) 0x90, 0}, null))
        .containsExactly("Berkas \"setup.exe\" harus berupa berkas PDF.");
    assertThat(rules.check("Berkas \"a.pdf\"", 4, ascii("%PDF"), null)).containsExactly(
        "Berkas \"a.pdf\" harus berupa berkas PDF.");
  }

  @Test
  void htmlOrScriptBehindAPdfHeaderAndForeignTypesAreRefused() {
    assertThat(rules.check("Berkas \"a.pdf\"", 200, ascii("%PDF-1.4\n<HTML><body onload=x()>"), "application/pdf"))
        .containsExactly("Berkas \"a.pdf\" berisi kode HTML atau skrip, sehingga ditolak. Unggah berkas PDF biasa.");
    assertThat(rules.check("Berkas \"a.pdf\"", 200, ascii("%PDF-1.4\n<script>alert(1)</script>"), null)).hasSize(1);
    assertThat(rules.check("Berkas \"a.html\"", 200, ascii("%PDF-1.4\n"), "text/html; charset=utf-8"))
        .containsExactly("Berkas \"a.html\" dikirim sebagai \"text/html\"; hanya berkas PDF (application/pdf) yang"
            + " diterima.");
    assertThat(rules.check("Berkas \"a.exe\"", 200, ascii("%PDF-1.4\n"), "application/x-msdownload")).hasSize(1);
  }
}
