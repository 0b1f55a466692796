package id.kipp.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code kipp.*} in application.yaml. Rubric and weights are not here: they live in DMN tables. */
@ConfigurationProperties(prefix = "kipp")
public record KippProperties(
    String timeZone, Registration registration, Evaluation evaluation, Identity identity, Demo demo) {

  public KippProperties {
    if (timeZone == null || timeZone.isBlank()) {
      timeZone = "Asia/Jakarta";
    }
    registration = registration == null ? new Registration(10 * 1024 * 1024, Registration.ENGINE_TEXT_LIMIT, 200) : registration;
    evaluation = evaluation == null ? new Evaluation(java.time.Duration.ofDays(2)) : evaluation;
    identity = identity == null ? new Identity("admin", "") : identity;
    demo = demo == null ? new Demo(false) : demo;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  /**
   * Limits of the registration form. Texts are kept as the engine's string variables, which hold at most
   * {@link #ENGINE_TEXT_LIMIT} characters (column {@code TEXT_} is {@code varchar(4000)}); a longer limit would let a
   * text pass the form's check and then fail in the database with a generic error, so start-up refuses it.
   */
  public record Registration(long maxFileSizeBytes, int maxTextLength, int maxTitleLength) {

    public static final int ENGINE_TEXT_LIMIT = 4000;

    public Registration {
      if (maxTextLength > ENGINE_TEXT_LIMIT || maxTitleLength > ENGINE_TEXT_LIMIT) {
        throw new IllegalArgumentException("kipp.registration.max-text-length and max-title-length may be at most "
            + ENGINE_TEXT_LIMIT + " (the engine keeps texts in varchar(" + ENGINE_TEXT_LIMIT + ")), not "
            + Math.max(maxTextLength, maxTitleLength));
      }
    }
  }

  /** How long before a juror's deadline the reminder comes. */
  public record Evaluation(java.time.Duration reminderBefore) {}

  public record Identity(String adminUser, String adminPassword) {}

  public record Demo(boolean enabled) {}
}
