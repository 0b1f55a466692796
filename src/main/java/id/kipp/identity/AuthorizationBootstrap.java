package id.kipp.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.OPERATION_LOG_CATEGORY;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import id.kipp.shared.Processes;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Who may do what, as Camunda authorizations (created once; an administrator may change them in Camunda Admin):
 *
 * <ul>
 *   <li>{@code camunda-admin}: every permission on every resource.</li>
 *   <li>{@code sekretariat}: Cockpit and Tasklist; every process, instance, task and decision — it follows and
 *       repairs every entry — but no user administration.</li>
 *   <li>{@code peserta}: Tasklist; may start "Inovasi" (register) and work the revision tasks assigned to it.</li>
 *   <li>{@code juri} and {@code pimpinan}: Tasklist; only the tasks assigned to them or to their group. The engine
 *       grants those when the task is assigned; a juror therefore cannot read another juror's task, its variables or
 *       the history of any instance.</li>
 * </ul>
 * Delegates and listeners run without authorization checks (the engine's default for custom code), so a juror's
 * completed task can still record scores and a participant's registration can still find its edition.
 */
@Component
public class AuthorizationBootstrap implements SmartInitializingSingleton {

  private static final String ALL = Authorization.ANY;

  private final AuthorizationService authorizations;

  public AuthorizationBootstrap(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  @Override
  public void afterSingletonsInstantiated() {
    // administrators: everything, on every resource (deployments from Camunda Modeler, users, authorizations, ...)
    for (Resources resource : Resources.values()) {
      grant(Groups.CAMUNDA_ADMIN, resource, ALL, Permissions.ALL);
    }
    for (String group : new String[] {"sekretariat", "juri", "peserta", "pimpinan"}) {
      grant(group, APPLICATION, "tasklist", Permissions.ACCESS);
      // the Tasklist filters: READ per filter and role (TaskFilters)
    }
    grant("sekretariat", APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resource resource : new Resource[] {PROCESS_DEFINITION, PROCESS_INSTANCE, TASK, DECISION_DEFINITION, BATCH}) {
      grant("sekretariat", resource, ALL, Permissions.ALL);
    }
    grant("sekretariat", DECISION_REQUIREMENTS_DEFINITION, ALL, Permissions.READ);
    grant("sekretariat", DEPLOYMENT, ALL, Permissions.READ);
    grant("sekretariat", OPERATION_LOG_CATEGORY, ALL, UserOperationLogCategoryPermissions.READ);
    grant("sekretariat", USER, ALL, Permissions.READ);
    grant("sekretariat", GROUP, ALL, Permissions.READ);

    grant("peserta", PROCESS_DEFINITION, Processes.ENTRY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant("peserta", PROCESS_INSTANCE, ALL, Permissions.CREATE);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    long existing = authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(resource)
        .resourceId(resourceId).count();
    if (existing > 0) {
      return;
    }
    Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
