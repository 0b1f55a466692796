package id.kipp.identity;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API ({@code /engine-rest}) requires HTTP Basic authentication against the Camunda users, so every
 * call runs as a known user under the authorizations of {@link AuthorizationBootstrap}. Camunda Modeler deploys with
 * the same credentials.
 */
@Configuration
public class RestAuthenticationConfiguration {

  @Bean
  public FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new EngineRestAuthenticationFilter(engine));
    registration.setName("camunda-rest-auth");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setInitParameters(Map.of("authentication-provider", HttpBasicAuthenticationProvider.class.getName()));
    return registration;
  }
}
