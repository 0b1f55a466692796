package id.kipp.catalogue;

import id.kipp.identity.Agencies;
import id.kipp.shared.CompetitionCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that an agency replicated an innovation of the catalogue. The secretariat (and administrators) record it
 * for any agency; a participant ({@code peserta}) only for their own agency, taken from their agency group
 * ({@link Agencies#agencyOf}), whatever the request says.
 */
@Service
public class Replications {

  /** Groups that record replications for any agency. */
  static final Set<String> RECORDING_GROUPS = Set.of("sekretariat", Groups.CAMUNDA_ADMIN);

  private final CatalogueRepository repository;
  private final IdentityService identity;
  private final CompetitionCalendar calendar;

  public Replications(CatalogueRepository repository, IdentityService identity, CompetitionCalendar calendar) {
    this.repository = repository;
    this.identity = identity;
    this.calendar = calendar;
  }

  @Transactional
  public Replication record(String entryKey, ReplicationRequest request, String userId, Collection<String> groups) {
    CatalogueEntry entry = repository.find(entryKey).orElseThrow(() -> new CatalogueEntryNotFound(entryKey));
    ReplicationRequest body = request == null ? new ReplicationRequest(null, null, null, null) : request;
    String agencyName;
    String agencyId;
    if (groups.stream().anyMatch(RECORDING_GROUPS::contains)) {
      String id = blankToNull(body.agencyId());
      if (id != null) {
        Group group = identity.createGroupQuery().groupId(id).groupType(Agencies.GROUP_TYPE).singleResult();
        if (group == null) {
          throw new ReplicationRefused(HttpStatus.BAD_REQUEST, "Instansi dengan id \"" + id + "\" tidak dikenal.");
        }
        agencyId = group.getId();
        agencyName = group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
      } else {
        agencyName = blankToNull(body.agencyName());
        agencyId = agencyName == null ? null : agencyNamed(agencyName);
      }
    } else {
      Group own = Agencies.agencyOf(identity, userId).orElseThrow(() -> new ReplicationRefused(HttpStatus.FORBIDDEN,
          "Akun Anda tidak terhubung dengan tepat satu instansi, sehingga replikasi tidak dapat dicatat atas nama"
              + " instansi Anda. Mintalah sekretariat mencatatnya."));
      agencyId = own.getId();
      agencyName = own.getName() == null || own.getName().isBlank() ? own.getId() : own.getName();
    }
    LocalDate today = calendar.today();
    List<String> problems = ReplicationRules.check(entry, agencyName, agencyId, body.replicatedOn(), body.note(), today);
    if (!problems.isEmpty()) {
      throw new ReplicationRefused(HttpStatus.BAD_REQUEST, problems);
    }
    String agencyKey = ReplicationRules.agencyKey(agencyName);
    if (repository.replicationExists(entryKey, agencyKey, agencyId)) {
      throw duplicate(entry, agencyName);
    }
    try {
      return repository.insertReplication(entryKey, agencyName.strip(), agencyId, agencyKey,
          LocalDate.parse(body.replicatedOn().strip()), blankToNull(body.note()), userId, calendar.now());
    } catch (DuplicateKeyException e) {
      // recorded by another request in the meantime
      throw duplicate(entry, agencyName);
    }
  }

  /** The id of the agency group with exactly this name, if there is one. */
  private String agencyNamed(String name) {
    List<Group> groups = identity.createGroupQuery().groupName(name.strip()).groupType(Agencies.GROUP_TYPE).list();
    return groups.size() == 1 ? groups.get(0).getId() : null;
  }

  private static ReplicationRefused duplicate(CatalogueEntry entry, String agencyName) {
    return new ReplicationRefused(HttpStatus.CONFLICT, "Replikasi inovasi \"" + entry.title() + "\" oleh "
        + agencyName.strip() + " sudah tercatat.");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
