package id.kipp.objection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the public objection page {@code /uji-publik/{edition}} under {@code kipp.objection.*}.
 *
 * @param maxPerAddress objections one e-mail address may file within {@code window} (confirmed or not)
 * @param maxPerClient objections one client (IP address) may file within {@code window}
 * @param window the period both limits count over
 * @param confirmationValidity how long the confirmation link of an objection stays valid
 * @param maxFileSizeBytes largest PDF attached to an objection
 * @param maxReasonLength longest reason, in characters
 */
@ConfigurationProperties(prefix = "kipp.objection")
public record PublicObjectionProperties(Integer maxPerAddress, Integer maxPerClient, Duration window,
    Duration confirmationValidity, Long maxFileSizeBytes, Integer maxReasonLength) {

  public static final int MAX_NAME_LENGTH = 120;
  public static final int MAX_EMAIL_LENGTH = 254;

  public PublicObjectionProperties {
    maxPerAddress = maxPerAddress == null || maxPerAddress < 1 ? 3 : maxPerAddress;
    maxPerClient = maxPerClient == null || maxPerClient < 1 ? 10 : maxPerClient;
    window = window == null || window.isNegative() || window.isZero() ? Duration.ofDays(1) : window;
    confirmationValidity = confirmationValidity == null || confirmationValidity.isNegative()
        || confirmationValidity.isZero() ? Duration.ofHours(48) : confirmationValidity;
    maxFileSizeBytes = maxFileSizeBytes == null || maxFileSizeBytes < 1 ? 5L * 1024 * 1024 : maxFileSizeBytes;
    maxReasonLength = maxReasonLength == null || maxReasonLength < 1 ? 2000 : Math.min(maxReasonLength, 4000);
  }
}
