package id.kipp.identity;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Public pages with a form that anybody may send, without a login: the uji publik page ({@code /uji-publik/**},
 * module objection). Open to all, but a POST needs the CSRF token of the visitor's session (Thymeleaf puts it into
 * every form), as on the portal's forms; a missing or stale token is refused with HTTP 403 (the Bahasa error page).
 * The strict request firewall guards these paths too ({@link GuardedPathsFirewall}).
 */
@Configuration
public class PublicFormSecurityConfiguration {

  /** Path prefixes of this chain. */
  public static final List<String> PATHS = List.of("/uji-publik");

  @Bean
  public SecurityFilterChain publicFormSecurityFilterChain(HttpSecurity http) throws Exception {
    http.securityMatcher("/uji-publik", "/uji-publik/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .anonymous(anonymous -> {});
    return http.build();
  }
}
