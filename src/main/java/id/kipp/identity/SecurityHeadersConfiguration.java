package id.kipp.identity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link SecurityHeadersFilter} before every other filter. */
@Configuration
public class SecurityHeadersConfiguration {

  @Bean
  public FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
      @Value("${kipp.security.hsts:false}") boolean hsts) {
    FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
        new SecurityHeadersFilter(hsts));
    registration.setName("kipp-security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
