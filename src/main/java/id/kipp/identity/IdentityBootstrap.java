package id.kipp.identity;

import id.kipp.shared.KippProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates at start-up what every installation needs: the groups of the competition's roles, the administrator
 * account and the Tasklist filters per role ({@link TaskFilters}). Idempotent: existing ones are left as they are.
 * Outside the demo profile the administrator password must come from KIPP_ADMIN_PASSWORD.
 */
@Component
@Order(10)
public class IdentityBootstrap implements SmartInitializingSingleton {

  /** Group id → name shown in Camunda Admin. */
  public static final Map<String, String> GROUPS = new LinkedHashMap<>();

  static {
    GROUPS.put(Groups.CAMUNDA_ADMIN, "Administrator aplikasi");
    GROUPS.put("sekretariat", "Sekretariat kompetisi");
    GROUPS.put("juri", "Juri / Tim Evaluasi");
    GROUPS.put("peserta", "Peserta (admin lokal perangkat daerah)");
    GROUPS.put("pimpinan", "Pimpinan (penetapan pemenang)");
  }

  public static final String MY_TASKS = TaskFilters.MY_TASKS;
  public static final String GROUP_TASKS = TaskFilters.GROUP_TASKS;

  private final IdentityService identityService;
  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final ManagementService managementService;
  private final KippProperties properties;

  public IdentityBootstrap(IdentityService identityService, FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService, ManagementService managementService, KippProperties properties) {
    this.identityService = identityService;
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
    this.managementService = managementService;
    this.properties = properties;
  }

  @Override
  public void afterSingletonsInstantiated() {
    GROUPS.forEach(this::ensureGroup);
    ensureAdministrator();
    ensureFilters();
  }

  private void ensureGroup(String id, String name) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      Group group = identityService.newGroup(id);
      group.setName(name);
      group.setType(Groups.GROUP_TYPE_WORKFLOW);
      identityService.saveGroup(group);
    }
  }

  private void ensureAdministrator() {
    String id = properties.identity().adminUser();
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    String password = properties.identity().adminPassword();
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("No administrator password: set the environment variable KIPP_ADMIN_PASSWORD "
          + "(used once, to create the user '" + id + "'), or run the demo profile.");
    }
    User admin = identityService.newUser(id);
    admin.setFirstName("Administrator");
    admin.setLastName("Aplikasi");
    admin.setPassword(password);
    identityService.saveUser(admin);
    identityService.createMembership(id, Groups.CAMUNDA_ADMIN);
  }

  private void ensureFilters() {
    new TaskFilters(filterService, taskService, authorizationService, managementService).ensure();
  }
}
