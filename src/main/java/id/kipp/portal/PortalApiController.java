package id.kipp.portal;

import id.kipp.identity.WebPageSecurityConfiguration;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant portal as JSON: {@code GET /api/portal/entries}, HTTP Basic with the participant's Camunda account
 * (group {@code peserta}, see {@code id.kipp.identity.ApiSecurityConfiguration}). Answers the entries of the caller's
 * own agency only; see {@link PortalView} and {@link PortalEntry}.
 */
@RestController
public class PortalApiController {

  private final ParticipantPortal portal;

  public PortalApiController(ParticipantPortal portal) {
    this.portal = portal;
  }

  @GetMapping(value = "/api/portal/entries", produces = MediaType.APPLICATION_JSON_VALUE)
  public PortalView entries(Authentication authentication) {
    return portal.of(participant(authentication));
  }

  /** The caller's user id; refused unless a participant (the security chain checks this first). */
  static String participant(Authentication authentication) {
    if (authentication == null || authentication.getAuthorities().stream()
        .noneMatch(authority -> WebPageSecurityConfiguration.PARTICIPANT_GROUP.equals(authority.getAuthority()))) {
      throw new AccessDeniedException("not a participant");
    }
    return authentication.getName();
  }
}
