package id.kipp.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
  }

  @Test
  void startUpRefusesAGateAsLargeAsThePool() {
    assertThat(ConnectionBudget.problem(6, 30, 10)).isNull();
    assertThat(ConnectionBudget.problem(6, 8, 0)).isNull();
    assertThat(ConnectionBudget.problem(10, 10, 0)).contains("must be below the connection pool size");
    assertThat(ConnectionBudget.problem(0, 10, 0)).contains("at least 1");
  }
}
