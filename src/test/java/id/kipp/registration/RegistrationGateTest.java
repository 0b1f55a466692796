package id.kipp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests the registration gate counts, and which pool configurations start-up refuses. */
class RegistrationGateTest {

  @Test
  void theGateCountsEveryWayToSubmitTheRegistrationFormAndNothingElse() {
    assertThat(RegistrationGate.isRegistration("POST", "/engine-rest/process-definition/key/inovasi/submit-form")).isTrue();
    assertThat(RegistrationGate.isRegistration("POST", "/engine-rest/process-definition/key/inovasi/start")).isTrue();
    assertThat(RegistrationGate.isRegistration("POST",
        "/camunda/api/engine/engine/default/process-definition/inovasi:3:5f1c-77/submit-form")).isTrue();
    assertThat(RegistrationGate.isRegistration("POST",
        "/engine-rest/process-definition/inovasi%3A3%3A5f1c-77/submit-form")).isTrue();
    assertThat(RegistrationGate.isRegistration("GET", "/engine-rest/process-definition/key/inovasi/form-variables"))
        .isFalse();
    assertThat(RegistrationGate.isRegistration("POST", "/engine-rest/process-definition/key/kompetisi/submit-form"))
        .isFalse();
    assertThat(RegistrationGate.isRegistration("POST", "/engine-rest/task/42/submit-form")).isFalse();
    // the participant portal's registration form
    assertThat(RegistrationGate.isRegistration("POST", "/portal/daftar/MALANG-2019")).isTrue();
    assertThat(RegistrationGate.isRegistration("GET", "/portal/daftar/MALANG-2019")).isFalse();
    assertThat(RegistrationGate.isRegistration("POST", "/portal/daftar")).isFalse();
    assertThat(RegistrationGate.isRegistration("POST", "/keluar")).isFalse();
  }

  @Test
  void aRegistrationBeyondTheLimitWaitsThenGetsA503InBahasa() throws Exception {
    RegistrationGate gate = new RegistrationGate(new RegistrationCapacity(1, Duration.ofMillis(200)));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first = new Thread(() -> {
      try {
        gate.doFilter(registration(), new MockHttpServletResponse(), (request, response) -> {
          inside.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    first.start();
    inside.await();
    MockHttpServletResponse refused = new MockHttpServletResponse();
    AtomicBoolean reached = new AtomicBoolean();
    gate.doFilter(registration(), refused, (request, response) -> reached.set(true));
    assertThat(reached).isFalse();
    assertThat(refused.getStatus()).isEqualTo(503);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
    assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Server sedang menerima sangat banyak"
        + " pendaftaran").contains("silakan kirim ulang");
    // a portal registration waiting in vain gets a page in Bahasa, not JSON
    MockHttpServletResponse portalRefused = new MockHttpServletResponse();
    gate.doFilter(new MockHttpServletRequest("POST", "/portal/daftar/MALANG-2019"), portalRefused,
        (request, response) -> reached.set(true));
    assertThat(reached).isFalse();
    assertThat(portalRefused.getStatus()).isEqualTo(503);
    assertThat(portalRefused.getContentType()).startsWith("text/html");
    assertThat(portalRefused.getContentAsString(StandardCharsets.UTF_8)).contains("<html lang=\"id\"")
        .contains("Server sedang menerima sangat banyak pendaftaran").contains("isian Anda masih ada");
    release.countDown();
    first.join();
    // the place is free again
    MockHttpServletResponse next = new MockHttpServletResponse();
    gate.doFilter(registration(), next, (request, response) -> reached.set(true));
    assertThat(reached).isTrue();
    // other requests never wait at the gate
    assertThat(new MockHttpServletRequest("GET", "/engine-rest/task")).satisfies(request ->
        assertThat(RegistrationGate.isRegistration(request.getMethod(), request.getRequestURI())).isFalse());
  }

  private static MockHttpServletRequest registration() {
    return new MockHttpServletRequest("POST", "/engine-rest/process-definition/key/inovasi/submit-form");
  }

  @Test
  void startUpRefusesAGateAsLargeAsThePool() {
    assertThat(ConnectionBudget.problem(6, 30, 10)).isNull();
    assertThat(ConnectionBudget.problem(6, 8, 0)).isNull();
    assertThat(ConnectionBudget.problem(10, 10, 0)).contains("must be below the connection pool size");
    assertThat(ConnectionBudget.problem(0, 10, 0)).contains("at least 1");
  }
}
