package id.kipp.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user id and password against the Camunda identity service (the accounts of Camunda Admin, the same as for
 * Tasklist and Cockpit). The user's Camunda groups become its authorities, with the group id as the authority
 * ({@code sekretariat}, {@code camunda-admin}, {@code juri}, …). Failed attempts count towards Camunda's lock-out
 * like a failed login in the webapps.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || !(credentials instanceof String password) || password.isEmpty()
        || !identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Nama pengguna atau kata sandi salah.");
    }
    List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(group.getId()))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
