package id.kipp.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code kipp.notification.*} (application.yaml). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*}; without {@code spring.mail.host} messages are written to the outbox and stay there.
 *
 * @param enabled false: no e-mail at all (nothing is written to the outbox)
 * @param from sender address of every message
 * @param fromName sender name shown by mail programs
 * @param templateDir directory whose {@code <template>.txt} files replace the built-in templates (empty: none)
 * @param appUrl address of the application as users reach it, for links in messages
 * @param secretariatAddress the secretariat's shared mailbox; empty: every member of group {@code sekretariat}
 * @param retry how failed sends are retried
 * @param sending the background sender
 */
@ConfigurationProperties(prefix = "kipp.notification")
public record NotificationProperties(
    Boolean enabled, String from, String fromName, String templateDir, String appUrl, String secretariatAddress,
    Retry retry, Sending sending) {

  public NotificationProperties {
    enabled = enabled == null || enabled;
    from = blank(from) ? "kompetisi-inovasi@localhost" : from.trim();
    fromName = blank(fromName) ? "Sekretariat Kompetisi Inovasi Pelayanan Publik" : fromName.trim();
    templateDir = blank(templateDir) ? "" : templateDir.trim();
    appUrl = blank(appUrl) ? "http://localhost:8080" : appUrl.trim().replaceAll("/+$", "");
    secretariatAddress = blank(secretariatAddress) ? "" : secretariatAddress.trim();
    retry = retry == null ? new Retry(null, null, null) : retry;
    sending = sending == null ? new Sending(null, null, null) : sending;
  }

  public boolean isEnabled() {
    return enabled;
  }

  /**
   * @param maxAttempts sends tried before a message is given up (status FAILED)
   * @param firstDelay wait after the first failed attempt; doubled after each further failure
   * @param maxDelay longest wait between two attempts
   */
  public record Retry(Integer maxAttempts, Duration firstDelay, Duration maxDelay) {
    public Retry {
      maxAttempts = maxAttempts == null || maxAttempts < 1 ? 8 : maxAttempts;
      firstDelay = firstDelay == null || firstDelay.isNegative() ? Duration.ofMinutes(1) : firstDelay;
      maxDelay = maxDelay == null || maxDelay.compareTo(firstDelay) < 0 ? Duration.ofHours(6) : maxDelay;
    }

    /** Wait after the {@code attempt}-th failed attempt (1-based): firstDelay × 2^(attempt-1), at most maxDelay. */
    public Duration delayAfter(int attempt) {
      Duration delay = firstDelay;
      for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
        delay = delay.multipliedBy(2);
      }
      return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
  }

  /**
   * @param scheduled send from a background thread (tests switch it off and send themselves)
   * @param interval pause between two rounds of the background sender
   * @param batchSize messages sent per round at most
   */
  public record Sending(Boolean scheduled, Duration interval, Integer batchSize) {
    public Sending {
      scheduled = scheduled == null || scheduled;
      interval = interval == null || interval.isNegative() || interval.isZero() ? Duration.ofSeconds(30) : interval;
      batchSize = batchSize == null || batchSize < 1 ? 50 : batchSize;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
