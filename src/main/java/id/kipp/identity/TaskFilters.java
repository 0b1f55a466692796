package id.kipp.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters, per role: Tasklist lists the filters a user may read by their {@code priority} (lowest first)
 * and opens the first one, so each role lands on its work.
 *
 * <ul>
 *   <li>{@value #GROUP_TASKS} (priority -20, read by {@code sekretariat} and {@code pimpinan}): the tasks of the
 *       user's groups, claimed or not. The group roles open on it.</li>
 *   <li>{@value #MY_TASKS} (priority -10, read by every role): the tasks assigned to the user. Jurors and participants
 *       see only this one and open on it.</li>
 * </ul>
 *
 * Both refresh themselves ({@code refresh}: Tasklist reloads the list and its count periodically). Created when
 * missing; their name, query and content are then the administrator's (Tasklist → filter → edit), only their place in
 * the order and the refresh are set again at every start. Installations from before per-role filters had one grant
 * "every filter, READ" per role; it is replaced once by the per-filter grants (marked by the engine property
 * {@value #PER_ROLE_PROPERTY}), so a grant an administrator adds later stays.
 */
final class TaskFilters {

  static final String MY_TASKS = "Tugas saya";
  static final String GROUP_TASKS = "Tugas grup";
  static final String PER_ROLE_PROPERTY = "kipp.task-filters.per-role";

  static final List<String> ROLES = List.of("sekretariat", "juri", "peserta", "pimpinan");
  static final List<String> GROUP_ROLES = List.of("sekretariat", "pimpinan");

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizations;
  private final ManagementService managementService;

  TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizations,
      ManagementService managementService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizations = authorizations;
    this.managementService = managementService;
  }

  void ensure() {
    String group = ensure(GROUP_TASKS, "Tugas untuk grup Anda: buka tugas, isi, lalu tekan Selesaikan", -20,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    String mine = ensure(MY_TASKS, "Tugas yang ditugaskan kepada Anda", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    if (!"true".equals(managementService.getProperties().get(PER_ROLE_PROPERTY))) {
      replaceBlanketGrants();
      GROUP_ROLES.forEach(role -> grantRead(role, group));
      ROLES.forEach(role -> grantRead(role, mine));
      managementService.setProperty(PER_ROLE_PROPERTY, "true");
    }
  }

  private String ensure(String name, String description, int priority, TaskQuery query) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
      filter.setQuery(query);
      filter.setProperties(new LinkedHashMap<>(Map.of("description", description)));
    }
    Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties() == null ? Map.of()
        : filter.getProperties());
    if (!Integer.valueOf(priority).equals(properties.get("priority")) || !Boolean.TRUE.equals(properties.get("refresh"))
        || filter.getId() == null) {
      properties.put("priority", priority);
      properties.put("refresh", true);
      filter.setProperties(properties);
      filterService.saveFilter(filter);
    }
    return filter.getId();
  }

  /** The grant "every filter, READ" of the roles (installations from before the per-role filters). */
  private void replaceBlanketGrants() {
    for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.FILTER)
        .resourceId(Authorization.ANY).groupIdIn(ROLES.toArray(String[]::new)).list()) {
      authorizations.deleteAuthorization(grant.getId());
    }
  }

  private void grantRead(String groupId, String filterId) {
    if (authorizations.createAuthorizationQuery().groupIdIn(groupId).resourceType(Resources.FILTER)
        .resourceId(filterId).count() > 0) {
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(Resources.FILTER);
    grant.setResourceId(filterId);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
  }
}
