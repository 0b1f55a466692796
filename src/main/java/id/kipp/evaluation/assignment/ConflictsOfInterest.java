package id.kipp.evaluation.assignment;

import id.kipp.identity.Agencies;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * A juror has a conflict of interest with an entry when they declared one for it, or when they are affiliated with
 * (a member of the agency group of) the entry's agency. The one rule behind the assignment's replacements, the
 * secretariat's hand-overs and the presentation panel.
 */
@Component
public class ConflictsOfInterest {

  private final ConflictDeclarations declarations;

  public ConflictsOfInterest(ConflictDeclarations declarations) {
    this.declarations = declarations;
  }

  /** The jurors, in their order, without a conflict of interest with the entry. */
  public List<String> without(IdentityService identity, List<String> jurors, String entryKey, String agency) {
    Set<String> declared = declared(entryKey);
    return jurors.stream()
        .filter(juror -> !declared.contains(juror))
        .filter(juror -> !BalancedAssignment.conflicted(Agencies.affiliationsOf(identity, juror), agency))
        .toList();
  }

  public boolean has(IdentityService identity, String juror, String entryKey, String agency) {
    return without(identity, List.of(juror), entryKey, agency).isEmpty();
  }

  private Set<String> declared(String entryKey) {
    return Set.copyOf(declarations.forEntry(entryKey).stream().map(ConflictDeclarations.Declaration::jurorId).toList());
  }
}
