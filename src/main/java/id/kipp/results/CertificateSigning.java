package id.kipp.results;

import id.kipp.edition.CertificateSignatory;
import java.util.List;
import java.util.Map;

/**
 * The place and signatory printed on an edition's certificates, kept with its released results (columns
 * {@code certificate_*} of {@code published_edition}): the edition's own from its start form ({@link
 * CertificateSignatory}), each empty one taken from the installation's {@code kipp.results.certificate.*} at release.
 */
public record CertificateSigning(String place, String signatoryRole, String signatoryName) {

  /** The edition variables the signing is read from. */
  static final List<String> VARIABLES = List.of(CertificateSignatory.PLACE, CertificateSignatory.SIGNATORY_ROLE,
      CertificateSignatory.SIGNATORY_NAME);

  public CertificateSigning {
    place = place == null ? "" : place.trim();
    signatoryRole = signatoryRole == null ? "" : signatoryRole.trim();
    signatoryName = signatoryName == null ? "" : signatoryName.trim();
  }

  /** The edition's values from its variables, each empty one from the installation's wording. */
  static CertificateSigning of(Map<String, Object> variables, ResultsProperties.Certificate installation) {
    return new CertificateSigning(
        or(variables.get(CertificateSignatory.PLACE), installation.place()),
        or(variables.get(CertificateSignatory.SIGNATORY_ROLE), installation.signatoryRole()),
        or(variables.get(CertificateSignatory.SIGNATORY_NAME), installation.signatoryName()));
  }

  private static String or(Object value, String fallback) {
    return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
  }
}
