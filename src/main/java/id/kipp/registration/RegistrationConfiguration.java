package id.kipp.registration;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The registration gate, checked against the connection pool at start-up. */
@Configuration
@EnableConfigurationProperties(RegistrationCapacity.class)
public class RegistrationConfiguration {

  @Bean
  public FilterRegistrationBean<RegistrationGate> registrationGate(RegistrationCapacity capacity, DataSource dataSource,
      Environment environment) {
    ConnectionBudget.check(capacity, dataSource, environment);
    FilterRegistrationBean<RegistrationGate> registration = new FilterRegistrationBean<>(new RegistrationGate(capacity));
    registration.setName("kipp-registration-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/portal/daftar/*");
    // before the engine API's error filter: the 503 is the gate's own Bahasa answer
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }
}
