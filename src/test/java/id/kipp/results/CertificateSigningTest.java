package id.kipp.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The place and signatory of an edition's certificates: its own where its start form set them, else the installation's. */
class CertificateSigningTest {

  static final ResultsProperties.Certificate DEMO = new ResultsProperties.Certificate("PIAGAM PENGHARGAAN",
      "diberikan kepada", "atas inovasi", "Pemenang {rank}", "Finalis {group}", "{edition}", "Malang",
      "Wali Kota Malang", "");

  @Test
  void anEditionWithoutItsOwnKeepsTheInstallationsAsTheDemoEditionDoes() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("certificatePlace", "");
    assertThat(CertificateSigning.of(variables, DEMO)).isEqualTo(new CertificateSigning("Malang", "Wali Kota Malang", ""));
    assertThat(CertificateSigning.of(Map.of(), DEMO)).isEqualTo(new CertificateSigning("Malang", "Wali Kota Malang", ""));
  }

  @Test
  void anEditionsOwnValuesReplaceTheInstallationsOneByOne() {
    CertificateSigning kalbar = CertificateSigning.of(Map.of("certificatePlace", "Pontianak",
        "certificateSignatoryRole", "Gubernur Kalimantan Barat", "certificateSignatoryName", " Sutarmidji "), DEMO);
    assertThat(kalbar).isEqualTo(new CertificateSigning("Pontianak", "Gubernur Kalimantan Barat", "Sutarmidji"));
    assertThat(CertificateSigning.of(Map.of("certificateSignatoryName", "Sutiaji"), DEMO))
        .isEqualTo(new CertificateSigning("Malang", "Wali Kota Malang", "Sutiaji"));

    ResultsProperties.Certificate wording = DEMO.with(kalbar);
    assertThat(wording.place()).isEqualTo("Pontianak");
    assertThat(wording.signatoryRole()).isEqualTo("Gubernur Kalimantan Barat");
    assertThat(wording.signatoryName()).isEqualTo("Sutarmidji");
    assertThat(wording.title()).isEqualTo("PIAGAM PENGHARGAAN");
    assertThat(DEMO.with(null)).isSameAs(DEMO);
  }
}
