package id.kipp.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.KippApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Outside the demo profile there is no default password: start-up stops and says which variable to set. */
class AdministratorPasswordTest {

  @Test
  void startupFailsClearlyWithoutAdministratorPassword() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(KippApplication.class)
        .profiles("production")
        .properties("spring.datasource.url=jdbc:h2:mem:kipp-nopassword;DB_CLOSE_DELAY=-1",
            "server.port=0", "camunda.bpm.job-execution.enabled=false", "kipp.identity.admin-password=");
    assertThatThrownBy(application::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KIPP_ADMIN_PASSWORD");
  }
}
