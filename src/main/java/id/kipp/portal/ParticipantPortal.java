package id.kipp.portal;

import id.kipp.identity.Agencies;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * The participant portal's view of one user: the entries of the agency they belong to. A participant belongs to
 * exactly one agency group (a Camunda group of type {@code instansi}, see {@link Agencies}); registration records that
 * group's id on the entry ({@code agencyId}), and that id is all the portal selects by. A user with no agency group,
 * or with several, gets a message and no entries.
 */
@Service
public class ParticipantPortal {

  private final IdentityService identity;
  private final AgencyEntries entries;

  public ParticipantPortal(IdentityService identity, AgencyEntries entries) {
    this.identity = identity;
    this.entries = entries;
  }

  public PortalView of(String userId) {
    List<Group> agencies = identity.createGroupQuery().groupMember(userId).groupType(Agencies.GROUP_TYPE)
        .orderByGroupName().asc().list();
    if (agencies.isEmpty()) {
      return new PortalView(userId, null, "Akun " + userId + " belum terhubung dengan instansi mana pun, sehingga "
          + "belum ada inovasi yang dapat ditampilkan. Mintalah sekretariat kompetisi menambahkan akun Anda ke grup "
          + "instansi Anda (Camunda Admin → Groups, jenis grup \"" + Agencies.GROUP_TYPE + "\").", List.of());
    }
    if (agencies.size() > 1) {
      return new PortalView(userId, null, "Akun " + userId + " terhubung dengan lebih dari satu instansi ("
          + String.join(", ", agencies.stream().map(ParticipantPortal::name).toList()) + "). Portal hanya "
          + "menampilkan inovasi bila akun peserta terhubung dengan tepat satu instansi. Mintalah sekretariat "
          + "kompetisi memperbaikinya.", List.of());
    }
    Group agency = agencies.get(0);
    return new PortalView(userId, new PortalView.Agency(agency.getId(), name(agency)), null,
        entries.of(agency.getId(), userId));
  }

  private static String name(Group group) {
    return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
  }
}
