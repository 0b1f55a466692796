package id.kipp.identity.guard;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The web side of the guard: Bahasa answers and size limits on the engine's APIs, refusals kept out of the error log. */
@Configuration
@EnableConfigurationProperties(InputLimits.class)
public class GuardConfiguration {

  @Bean
  public FilterRegistrationBean<EngineApiErrorFilter> engineApiErrors(InputLimits limits) {
    FilterRegistrationBean<EngineApiErrorFilter> registration =
        new FilterRegistrationBean<>(new EngineApiErrorFilter(limits.maxRequestBytes()));
    registration.setName("kipp-engine-api-errors");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    installRefusalLogFilter();
    return registration;
  }

  private static void installRefusalLogFilter() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
        && logging.getTurboFilterList().stream().noneMatch(f -> RefusalLogFilter.NAME.equals(f.getName()))) {
      RefusalLogFilter filter = new RefusalLogFilter();
      filter.start();
      logging.addTurboFilter(filter);
    }
  }
}
