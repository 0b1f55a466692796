package id.kipp.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kipp.shared.KippProperties;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Outside the demo profile there is no default password: the start-up step that creates the administrator stops
 * and says which variable to set. (Run against the test context's engine: a second, failing application context in
 * the same JVM would leave the Camunda webapp filters pointing at it.)
 */
@SpringBootTest
@ActiveProfiles("test")
class AdministratorPasswordTest {

  @Autowired
  ProcessEngine engine;

  private IdentityBootstrap bootstrap(String adminUser, String password) {
    KippProperties properties = new KippProperties(null, null, null,
        new KippProperties.Identity(adminUser, password), null);
    return new IdentityBootstrap(engine.getIdentityService(), engine.getFilterService(), engine.getTaskService(),
        engine.getAuthorizationService(), engine.getManagementService(), properties);
  }

  @Test
  void startupFailsClearlyWithoutAdministratorPassword() {
    assertThatThrownBy(() -> bootstrap("adminbaru", "").afterSingletonsInstantiated())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("KIPP_ADMIN_PASSWORD");
    assertThat(engine.getIdentityService().createUserQuery().userId("adminbaru").count()).isZero();
  }

  @Test
  void administratorIsCreatedFromTheGivenPasswordOnce() {
    bootstrap("adminlain", "rahasia-dari-lingkungan").afterSingletonsInstantiated();
    assertThat(engine.getIdentityService().checkPassword("adminlain", "rahasia-dari-lingkungan")).isTrue();
    assertThat(engine.getIdentityService().createUserQuery().userId("adminlain").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
    // an existing administrator keeps its password; an empty variable no longer matters
    bootstrap("adminlain", "").afterSingletonsInstantiated();
    assertThat(engine.getIdentityService().checkPassword("adminlain", "rahasia-dari-lingkungan")).isTrue();
  }
}
