package id.kipp.shared;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings under {@code kipp.*} in application.yaml. Rubric and weights are not here: they live in DMN tables. */
@ConfigurationProperties(prefix = "kipp")
public record KippProperties(
    String timeZone, Registration registration, Ranking ranking, Evaluation evaluation, Identity identity, Demo demo) {

  public KippProperties {
    if (timeZone == null || timeZone.isBlank()) {
      timeZone = "Asia/Jakarta";
    }
    registration = registration == null ? new Registration(10 * 1024 * 1024, 20_000, 200) : registration;
    ranking = ranking == null ? new Ranking("INNOVATION") : ranking;
    evaluation = evaluation == null ? new Evaluation(java.time.Duration.ofDays(2)) : evaluation;
    identity = identity == null ? new Identity("admin", "") : identity;
    demo = demo == null ? new Demo(false) : demo;
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public record Registration(long maxFileSizeBytes, int maxTextLength, int maxTitleLength) {}

  public record Ranking(String tieBreakSection) {}

  /** How long before a juror's deadline the reminder comes. */
  public record Evaluation(java.time.Duration reminderBefore) {}

  public record Identity(String adminUser, String adminPassword) {}

  public record Demo(boolean enabled) {}
}
