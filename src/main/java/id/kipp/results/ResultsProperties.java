package id.kipp.results;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code kipp.results.*}: the wording of the certificate (piagam) and who signs it. The texts may hold
 * the placeholders {@code {rank}}, {@code {group}}, {@code {edition}}, {@code {organiser}} and {@code {year}}. Missing
 * values are empty (application.yaml holds the default wording).
 */
@ConfigurationProperties(prefix = "kipp.results")
public record ResultsProperties(Certificate certificate) {

  public ResultsProperties {
    certificate = certificate == null ? new Certificate(null, null, null, null, null, null, null, null, null) : certificate;
  }

  /**
   * The certificate's texts, top to bottom: title, the line before the agency, the line before the innovation's title,
   * the award line of a winner and of a finalist, the line naming the edition; then the place on the date line and the
   * signatory's role and name (an empty name: the Pimpinan who signed off the winners in the application).
   */
  public record Certificate(String title, String presentedTo, String forInnovation, String winner, String finalist,
      String context, String place, String signatoryRole, String signatoryName) {

    public Certificate {
      title = blankIfNull(title);
      presentedTo = blankIfNull(presentedTo);
      forInnovation = blankIfNull(forInnovation);
      winner = blankIfNull(winner);
      finalist = blankIfNull(finalist);
      context = blankIfNull(context);
      place = blankIfNull(place);
      signatoryRole = blankIfNull(signatoryRole);
      signatoryName = blankIfNull(signatoryName);
    }

    /** This wording with another place and signatory (an edition's own, see {@link CertificateSigning}). */
    public Certificate with(CertificateSigning signing) {
      return signing == null ? this : new Certificate(title, presentedTo, forInnovation, winner, finalist, context,
          signing.place(), signing.signatoryRole(), signing.signatoryName());
    }
  }

  private static String blankIfNull(String value) {
    return value == null ? "" : value.trim();
  }
}
