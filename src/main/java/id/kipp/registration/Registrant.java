package id.kipp.registration;

import id.kipp.identity.Agencies;
import id.kipp.shared.RuleViolation;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who registers an entry and for which agency. A logged-in user (the command's authentication: Tasklist, the REST API)
 * registers for its single agency group, whatever the request's variables say; a user with no agency or with several
 * is refused. Only code of the application itself, which runs without an authenticated user (demo data, tests), names
 * the registrant with the variable {@code registeredBy}; its agency is then that user's single agency, if any, or the
 * name the form gives.
 *
 * @param agencyId the agency's group id, null when the registrant has none (trusted callers only)
 */
record Registrant(String userId, String agencyId, String agencyName) {

  static Registrant resolve(IdentityService identity, String registeredByVariable, String agencyField) {
    Authentication authentication = identity.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      String userId = authentication.getUserId();
      List<Group> agencies = agencies(identity, userId);
      if (agencies.isEmpty()) {
        throw new RuleViolation("Akun " + userId + " belum terdaftar pada instansi (perangkat daerah / unit kerja) mana"
            + " pun, sehingga tidak dapat mendaftarkan inovasi. Mintalah sekretariat memasukkan akun Anda ke grup"
            + " instansi Anda.");
      }
      if (agencies.size() > 1) {
        throw new RuleViolation("Akun " + userId + " terdaftar pada lebih dari satu instansi ("
            + agencies.stream().map(Registrant::label).collect(Collectors.joining(", "))
            + "), sehingga tidak jelas atas nama instansi mana inovasi didaftarkan. Mintalah sekretariat menyisakan"
            + " satu instansi pada akun Anda.");
      }
      return new Registrant(userId, agencies.get(0).getId(), label(agencies.get(0)));
    }
    List<Group> agencies = registeredByVariable == null ? List.of() : agencies(identity, registeredByVariable);
    return agencies.size() == 1
        ? new Registrant(registeredByVariable, agencies.get(0).getId(), label(agencies.get(0)))
        : new Registrant(registeredByVariable, null, agencyField);
  }

  private static String label(Group group) {
    return group.getName() == null || group.getName().isBlank() ? group.getId() : group.getName();
  }

  /** The user's agency groups, read with the engine's own rights (a participant may not list groups itself). */
  private static List<Group> agencies(IdentityService identity, String userId) {
    Callable<List<Group>> query = () -> Agencies.agenciesOf(identity, userId);
    if (Context.getCommandContext() == null) {
      try {
        return query.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return Context.getCommandContext().runWithoutAuthorization(query);
  }
}
