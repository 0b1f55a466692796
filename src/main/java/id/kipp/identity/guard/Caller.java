package id.kipp.identity.guard;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * The authenticated user a command runs for, as the login established it (the webapps' session or the REST API's
 * HTTP Basic authentication): administrators may do anything; the secretariat ({@link #staff()}) keeps its Cockpit
 * tools; everyone else (participants, jurors, the Pimpinan) only reads and works on its own tasks.
 */
record Caller(String userId, List<String> groupIds, Set<String> staffGroups) {

  boolean admin() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  boolean staff() {
    return groupIds.stream().anyMatch(staffGroups::contains);
  }

  /** The task's holder: its assignee, or, while nobody holds it, a candidate user or a member of a candidate group. */
  boolean holds(TaskEntity task) {
    if (task.getAssignee() != null) {
      return task.getAssignee().equals(userId);
    }
    return candidateOf(task);
  }

  /** A candidate user of the task, or a member of one of its candidate groups. */
  boolean candidateOf(TaskEntity task) {
    for (IdentityLinkEntity link : task.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType())
          && (userId.equals(link.getUserId()) || link.getGroupId() != null && groupIds.contains(link.getGroupId()))) {
        return true;
      }
    }
    return false;
  }
}
