package id.kipp.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * Agencies (perangkat daerah, unit kerja, kabupaten/kota, BUMD) are Camunda groups of type {@value #GROUP_TYPE},
 * maintained in Camunda Admin. A participant belongs to the agency it registers for; a juror belongs to every agency
 * they are affiliated with, which is a conflict of interest: they are never assigned that agency's entries.
 */
public final class Agencies {

  public static final String GROUP_TYPE = "instansi";

  private Agencies() {}

  /** The agency of a participant: their single agency group, if they have exactly one. */
  public static Optional<Group> agencyOf(IdentityService identity, String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    List<Group> groups = identity.createGroupQuery().groupMember(userId).groupType(GROUP_TYPE).list();
    return groups.size() == 1 ? Optional.of(groups.get(0)) : Optional.empty();
  }

  /** Every agency group of a user, ordered by id (exactly one for a participant who may register). */
  public static List<Group> agenciesOf(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).groupType(GROUP_TYPE).orderByGroupId().asc().list();
  }

  /** Ids and names of the agencies a user is affiliated with. */
  public static Set<String> affiliationsOf(IdentityService identity, String userId) {
    Set<String> affiliations = new LinkedHashSet<>();
    for (Group group : identity.createGroupQuery().groupMember(userId).groupType(GROUP_TYPE).list()) {
      affiliations.add(group.getId());
      if (group.getName() != null) {
        affiliations.add(group.getName());
      }
    }
    return affiliations;
  }

  /** Creates the agency group if missing. */
  public static void ensure(IdentityService identity, String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(GROUP_TYPE);
      identity.saveGroup(group);
    }
  }
}
