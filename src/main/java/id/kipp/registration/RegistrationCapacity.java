package id.kipp.registration;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many registrations a node works on at the same moment ({@code kipp.registration.max-concurrent}) and how long a
 * further one waits for its turn ({@code kipp.registration.gate-wait}) before it is answered 503 with a Bahasa message
 * (docs/performance.md).
 */
@ConfigurationProperties("kipp.registration")
public record RegistrationCapacity(Integer maxConcurrent, Duration gateWait) {

  public RegistrationCapacity {
    maxConcurrent = maxConcurrent == null ? 6 : maxConcurrent;
    gateWait = gateWait == null ? Duration.ofSeconds(30) : gateWait;
  }
}
